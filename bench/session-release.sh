#!/bin/sh
# Prints how soon visitors' sessions are released with production settings: tabs closed, tabs that vanish
# without a goodbye, and fetches without cookies (crawlers). Builds the production jar; with a git revision as
# argument (e.g. `bench/session-release.sh HEAD~3`) it also builds that revision's jar in a temporary worktree
# and measures it first, as the "before" of the same run. Scratch databases on the local MariaDB
# (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user root) are dropped at the end.
set -eu
exec "$(dirname "$0")/lib/jar-benchmark.sh" org.newsdesk.bench.SessionReleaseBenchmark "$@"

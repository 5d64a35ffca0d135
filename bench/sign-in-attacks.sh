#!/bin/sh
# Prints how sign-in holds under attack with production settings and the demo accounts: 1,000 wrong passwords
# for one account from one address, 1,000 attempts on many usernames from one address (lockout and throttle),
# and the response times of unknown, existing and locked accounts (existing and unknown must not be told apart).
# Builds the production jar; with a git revision as argument (e.g. `bench/sign-in-attacks.sh HEAD~3`) it also
# builds that revision's jar in a temporary worktree and measures it first, as the "before" of the same run.
# Scratch databases on the local MariaDB (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user root)
# are dropped at the end.
set -eu
exec "$(dirname "$0")/lib/jar-benchmark.sh" org.newsdesk.bench.SignInAttackBenchmark "$@"

#!/bin/sh
# Prints how sign-in holds under attack with production settings and the demo accounts: 1,000 wrong passwords
# for one account from one address, 1,000 attempts on many usernames from one address (lockout and throttle),
# and the response times of unknown, existing and locked accounts (existing and unknown must not be told apart).
# Builds the production jar; with a git revision as argument (e.g. `bench/sign-in-attacks.sh HEAD~3`) it also
# builds that revision's jar in a temporary worktree and measures it first, as the "before" of the same run.
# Scratch databases on the local MariaDB (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user root)
# are dropped at the end.
set -eu
cd "$(dirname "$0")/.."
jars=""
if [ $# -gt 0 ]; then
  before=$(mktemp -d)
  trap 'git worktree remove --force "$before/src" >/dev/null 2>&1 || true; rm -rf "$before"' EXIT
  git worktree add --detach "$before/src" "$1" >/dev/null
  (cd "$before/src" && ./mvnw -q -B -DskipTests package)
  jars=$(ls "$before"/src/target/newsdesk-*.jar | grep -v original | head -n 1)
fi
./mvnw -q -B -DskipTests package
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
jar=$(ls target/newsdesk-*.jar | grep -v original | head -n 1)
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.SignInAttackBenchmark $jars "$jar"

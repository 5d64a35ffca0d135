#!/bin/sh
# Sends random requests (paths, query strings, headers, methods, UIDL messages within real UIs) to the production jar
# with the demo content and prints every answer that is a 500 or tells a stack trace, a version or SQL, and every ERROR
# line of the application's log. Arguments: requests per seed (default 5000), then seeds (default 1 2 3); the suite's
# FuzzingIT runs 600 requests of one fixed seed. A scratch database on the local MariaDB (BENCH_MARIADB_URL, default
# jdbc:mariadb://127.0.0.1:3306/, user root) is dropped at the end.
set -eu
cd "$(dirname "$0")/.."
requests=${1:-5000}
[ $# -gt 0 ] && shift
seeds=${*:-1 2 3}
./mvnw -q -B -DskipTests package
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
jar=$(ls target/newsdesk-*.jar | grep -v original | head -n 1)
# shellcheck disable=SC2086
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.FuzzBenchmark "$jar" "$requests" $seeds

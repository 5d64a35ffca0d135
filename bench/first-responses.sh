#!/bin/sh
# New visitors' first responses (article, grid, theme) against nginx serving a saved copy of the same response,
# whole visits through the Vaadin protocol, and minutes of new-visitor traffic (sessions, heap, errors), in one
# run. Needs nginx and wrk (Debian: apt-get install -y nginx wrk). Builds the production jar; a scratch database on
# the local MariaDB (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user root) is dropped at the end.
# BENCH_SECONDS (default 20) is each wrk run, BENCH_SOAK_SECONDS (default 300) the new-visitor traffic at the end.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
jar=$(ls target/newsdesk-*.jar | grep -v original | head -n 1)
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.FirstResponseBenchmark "$jar"

#!/bin/sh
# Prints news-grid page and search latencies (p50/p95/max) at 10,000 and 100,000 articles, with query plans.
# Runs on a scratch database on the local MariaDB (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/,
# user root), dropped at the end; on a throw-away embedded MariaDB when no server answers.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
# Production mode: the Vaadin plugin removes its production marker when Maven exits, and the development server
# is not on this classpath.
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dvaadin.productionMode=true -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.GridQueriesBenchmark

#!/bin/sh
# Prints how many views per second the view counter accepts and how long a flush of 10,000 articles takes.
# Runs on a throw-away embedded MariaDB, or on the database named by SPRING_DATASOURCE_URL.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.ViewCountingBenchmark

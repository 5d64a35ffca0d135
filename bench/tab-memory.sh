#!/bin/sh
# Prints the retained heap per open anonymous news-grid tab (50 and 150 tabs in headless Chromium, one visitor
# each) and how soon their sessions are released after the tabs close. Runs the production jar on a scratch
# database on the local MariaDB (BENCH_MARIADB_URL, default jdbc:mariadb://127.0.0.1:3306/, user root) with
# the demo content; the database is dropped and the application stopped at the end. Uses /usr/bin/chromium
# when present, else the Chromium that Playwright downloads.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
jar=$(ls target/newsdesk-*.jar | grep -v original | head -n 1)
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" \
    org.newsdesk.bench.TabMemoryBenchmark "$jar"

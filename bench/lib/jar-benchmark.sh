#!/bin/sh
# Runs a benchmark class against the production jar of the working tree. With a git revision after the class
# (e.g. `org.newsdesk.bench.SessionReleaseBenchmark HEAD~3`) it also builds that revision's jar in a temporary
# worktree and hands it to the benchmark first, as the "before" of the same run.
set -eu
cd "$(dirname "$0")/../.."
benchmark=$1
shift
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
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$classpath" "$benchmark" $jars "$jar"

#!/usr/bin/env bash
# Measures how long the packaged application takes to serve its sign-in page with the embedded
# database, and how much memory the application and the database server hold once started.
#   usage: ops/measure-startup.sh [fresh|existing]   (default: fresh, i.e. an empty data directory)
# Build first: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DATA_DIR=${DATA_DIR:-$PWD/target/measure-data}
PORT=${PORT:-8080}
mode=${1:-fresh}

mkdir -p target
[ "$mode" = fresh ] && rm -rf "$DATA_DIR"
start=$(date +%s.%N)
TABLERO_DATA_DIR="$DATA_DIR" PORT="$PORT" "$JAVA_HOME/bin/java" -jar ui/target/tablero.jar \
  > target/measure-startup.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT

until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
  kill -0 $app 2>/dev/null || { echo "the application stopped; see target/measure-startup.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
# start-up work after the server listens: the demo portfolio on an empty database
for _ in $(seq 1 600); do
  grep -q "Demo data:" target/measure-startup.log && break
  sleep 0.2
done
loaded=$(date +%s.%N)
sleep 5  # let the first requests settle before reading memory

db_pid=$(cat "$DATA_DIR/mariadbd.pid")
printf 'serving http://localhost:%s/login after %.1f s, demo portfolio ready after %.1f s (%s data directory)\n' \
  "$PORT" "$(echo "$ready - $start" | bc)" "$(echo "$loaded - $start" | bc)" "$mode"
printf 'resident memory: application %d MB, embedded MariaDB %d MB\n' \
  $(( $(ps -o rss= -p $app) / 1024 )) $(( $(ps -o rss= -p "$db_pid") / 1024 ))

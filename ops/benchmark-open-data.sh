#!/usr/bin/env bash
# Open data at national scale (issue #5), on a database filled by ops/generate-portfolio.sh:
#  1. the full projects CSV through the application, started with -Xmx256m, side by side with the database's own
#     client dumping the same columns (`mariadb --batch`), alternately, three times each;
#  2. list pages of the public API under 32 concurrent clients (wrk): the first 10 s after the start, when no
#     answer is held; 30 s with every page held, without and with gzip; 30 s while one project changes every
#     second (the data version is read every 5 s here, 30 s by default); and the same page repeated with its
#     ETag (304);
#  3. the application's resident memory and heap limit while it served them.
#
#   usage: ops/benchmark-open-data.sh DATA_DIR [application option ...]     (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
data_dir=$(realpath "$1")
shift
port=${PORT:-8097}
base="http://localhost:$port/api/public/v1"
out=target/benchmark && mkdir -p "$out"
# the embedded server sized as a national portfolio wants it (README, Configuration); override to compare
export TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE=${TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE:-1G}

# the rate limit protects a public server from one address; the load comes from one address here
TABLERO_DATA_DIR="$data_dir" "$JAVA_HOME/bin/java" -Xmx256m -jar ui/target/tablero.jar --server.port="$port" \
  --tablero.demo-data.enabled=false --tablero.public-api.requests-per-period=100000000 \
  --tablero.public-api.refresh=5s "$@" > "$out/open-data-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$base/projects?size=1"; do
  kill -0 $app 2>/dev/null || { echo "the application did not start: see $out/open-data-app.log"; exit 1; }
  sleep 2
done
echo "application up (pid $app, -Xmx256m; embedded InnoDB buffer pool $TABLERO_EMBEDDED_DB_BUFFER_POOL_SIZE)"

socket=$(ps -eo args | grep -F -- "--datadir=$data_dir/db " | grep -o -- "--socket=[^ ]*" | head -1 | cut -d= -f2)
client() { LD_LIBRARY_PATH="$data_dir/mariadb/libs" "$data_dir/mariadb/bin/mariadb" --skip-ssl -uroot -S "$socket" "$@"; }
dump_sql="SELECT p.code, p.title, p.summary, o.code, o.name, o.level, p.category, p.policy_area, p.delivery_approach,
  p.iteration_weeks, p.uses_ai, p.ai_decides_about_people, p.funding_source, p.tier, p.status, p.lifecycle_cost,
  p.planned_start, p.planned_end, p.baseline_cost, p.baseline_end, p.rebaselines, p.execution_started,
  p.last_report_date, p.cost_variance_pct, p.cost_colour, p.schedule_variance_days, p.schedule_colour, p.rating,
  p.rated_at, p.updated_at
  FROM tablero.project p JOIN tablero.organisation o ON o.id = p.organisation_id WHERE p.status <> 'DRAFT'
  AND (p.status <> 'CANCELLED' OR EXISTS (SELECT 1 FROM tablero.review_round r WHERE r.project_id = p.id))"

echo "== projects: application CSV vs mariadb --batch (seconds, bytes)"
curl -s -o /dev/null "$base/projects.csv"   # warm-up
for run in 1 2 3; do
  app_line=$(curl -s -o "$out/projects.csv" -w '%{time_total} %{size_download}' "$base/projects.csv")
  start=$(date +%s.%N); client --batch -e "$dump_sql" > "$out/projects.tsv"; end=$(date +%s.%N)
  db_time=$(echo "$end - $start" | bc); db_size=$(stat -c %s "$out/projects.tsv")
  echo "run $run: app $app_line | mariadb $db_time $db_size" | tee -a "$out/open-data.txt"
done
echo "rows: csv $(($(wc -l < "$out/projects.csv") - 1)), mariadb $(($(wc -l < "$out/projects.tsv") - 1))"

pages=$(( $(curl -s "$base/projects?size=50" | grep -o '"total":[0-9]*' | cut -d: -f2) / 50 ))
echo "== list pages at random, 32 clients: the first 10 s (no answer held), then 30 s each with every page held, without and with gzip, then while projects change"
echo -n "first pass, every answer computed: " | tee -a "$out/open-data.txt"
PAGES=$pages wrk -t2 -c32 -d10s -s ops/load/public-list-pages.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"
# then every page once, so that each has its answer in memory, as after the first visitors of a data version
seq 0 "$pages" | xargs -P 4 -I{} curl -s -o /dev/null "$base/projects?page={}&size=50"
echo -n "every page answered once before, plain: " | tee -a "$out/open-data.txt"
PAGES=$pages wrk -t2 -c32 -d30s -s ops/load/public-list-pages.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"
echo -n "every page answered once before, asking for gzip: " | tee -a "$out/open-data.txt"
GZIP=1 PAGES=$pages wrk -t2 -c32 -d30s -s ops/load/public-list-pages.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"
rating_from=$(client -N -e "SELECT NOW(6)")
# a rating of a random project every second, as the digital authority records them: each changes the data version,
# and the pages that show the project must be computed again
(while sleep 1; do
  client -e "UPDATE tablero.project SET rating = 1 + MOD(COALESCE(rating, 0), 5), rated_at = NOW(6)
    WHERE id = $(( (RANDOM * 32768 + RANDOM) % 100000 + 1 ))"
done) &
changes=$!
echo -n "one project rated every second, asking for gzip: " | tee -a "$out/open-data.txt"
GZIP=1 PAGES=$pages wrk -t2 -c32 -d30s -s ops/load/public-list-pages.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"
kill $changes
echo "projects rated during the run: $(client -N -e "SELECT COUNT(*) FROM tablero.project WHERE rated_at >= '$rating_from'")"

echo "== the same page with its ETag, 32 clients, 15 s"
etag=$(curl -sI "$base/projects?page=10&size=50" | grep -i '^etag:' | cut -d' ' -f2 | tr -d '\r')
echo "repeated with its ETag: HTTP $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/projects?page=10&size=50")"
ETAG=$etag wrk -t2 -c32 -d15s -s ops/load/public-etag.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"
ETAG=$etag wrk -t1 -c1 -d10s -s ops/load/public-etag.lua "http://localhost:$port" | tail -1 | tee -a "$out/open-data.txt"

echo "== application memory: $(ps -o rss= -p $app | awk '{printf "%.0f MB resident", $1/1024}') with -Xmx256m"

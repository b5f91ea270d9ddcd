#!/usr/bin/env bash
# Benchmark of the packaged app on a national-scale database (fill it first with bench/national-data.sh).
#
#   bench/run.sh [--url JDBC_URL] [--pages p1,p2,...] [--duration SECONDS] [--timeout SECONDS]
#                [--connections N] [--warmup SECONDS] [--no-sql] [--jar FILE] [--rebuild] [--port N]
#                [--max-single SECONDS] [--idle-wait SECONDS] [--yardstick SECONDS] [--settle SECONDS]
#                [--sql-only] [--list]
#
# Defaults: --url jdbc:postgresql://127.0.0.1:5432/dhr_national, every page, 30 s per page at 16
# connections, 20 s request timeout, 30 s warm-up, 10 s of the sign-in page just before each page,
# up to 900 s for the app's background catch-up after a bulk load. Database user and password come from PGUSER and
# PGPASSWORD (default postgres, no password). See bench/README.md for what is measured and how.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

URL=jdbc:postgresql://127.0.0.1:5432/dhr_national
DB_USER=${PGUSER:-postgres}
DB_PASSWORD=${PGPASSWORD:-}
PAGES=all
DURATION=30
TIMEOUT=20
CONNECTIONS=16
THREADS=2
WARMUP=30
SQL=yes
LOAD=yes
JAR=
REBUILD=no
PORT=18080
PROXY_PORT=15432
CONTROL_PORT=15433
MAX_SINGLE=300
IDLE_WAIT=90
YARDSTICK=10
SETTLE=900
SETTLE_NOTE=
PASSWORD=national-bench
OUT=$ROOT/target/bench

# name | who | path ({big}, {small}, {letter}, {item} are looked up in the database)
PAGE_TABLE="
login|anonymous|/login
register|secretariat|/reviews
register-stage|secretariat|/reviews?stage=REVISING
register-sorted|secretariat|/reviews?sort=reference&dir=asc
register-page50|secretariat|/reviews?page=50
hub-small|staff|/reviews/{small}
hub-big|staff|/reviews/{big}
items-big|staff|/reviews/{big}/items
item|staff|/items/{item}
plan-big|staff|/reviews/{big}/action-plan
awaiting|secretariat|/items
letter-pdf|staff|/letters/{letter}/letter.pdf
annex-pdf|staff|/reviews/{big}/action-plan/annex.pdf
api|manager-basic|/api/reviews
dashboard|manager|/dashboard
"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --url) URL=$2; shift 2 ;;
    --pages) PAGES=$2; shift 2 ;;
    --duration) DURATION=${2%s}; shift 2 ;;
    --timeout) TIMEOUT=${2%s}; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --warmup) WARMUP=${2%s}; shift 2 ;;
    --no-sql) SQL=no; shift ;;
    --sql-only) LOAD=no; shift ;;
    --jar) JAR=$2; shift 2 ;;
    --rebuild) REBUILD=yes; shift ;;
    --port) PORT=$2; shift 2 ;;
    --max-single) MAX_SINGLE=${2%s}; shift 2 ;;
    --idle-wait) IDLE_WAIT=${2%s}; shift 2 ;;
    --yardstick) YARDSTICK=${2%s}; shift 2 ;;
    --settle) SETTLE=${2%s}; shift 2 ;;
    --list) echo "$PAGE_TABLE" | sed '/^$/d' | column -t -s '|'; exit 0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

if [[ ! $URL =~ ^jdbc:postgresql://([^/:]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]]; then
  echo "Cannot read host, port and database from $URL" >&2; exit 2
fi
DB_HOST=${BASH_REMATCH[1]}
DB_PORT=${BASH_REMATCH[3]:-5432}
DB_NAME=${BASH_REMATCH[4]}
BASE=http://127.0.0.1:$PORT
source "$ROOT/bench/lib.sh"

mkdir -p "$OUT/sql"
need_tools
check_autovacuum
find_jar
lookup_ids
select_pages

RESULTS=$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  echo "DHR QA Tracker benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Java: $(java -version 2>&1 | head -1); PostgreSQL: $(psql_db -Atc 'show server_version') (autovacuum $AUTOVACUUM)"
  echo "App: $JAR -Xmx512m on $URL; $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s per page (${WARMUP}s warm-up), ${TIMEOUT}s request timeout"
  echo "Data: $(psql_db -Atc "select count(*) || ' reviews, ' || (select count(*) from feedback_item) || ' feedback items, ' || (select count(*) from plan_action) || ' actions, ' || (select count(*) from app_user) || ' users' from review")"
  echo "Pages: big review $BIG_ID, small review $SMALL_ID, letter $LETTER_ID, item $ITEM_ID"
} | tee "$RESULTS"

trap cleanup EXIT

if [[ $SQL == yes ]]; then
  echo
  echo "== SQL per request: app behind the statement counter, one request per page =="
  start_proxy
  start_app "jdbc:postgresql://127.0.0.1:$PROXY_PORT/$DB_NAME?sslmode=disable" "$OUT/app-sql.log"
  settle_wait "$SETTLE"
  sign_in_sessions 1
  sleep 11
  for page in "${SELECTED[@]}"; do
    measure_sql "$page"
  done
  stop_app
  stop_proxy
fi

heap_final=-
heap_live=-
heap_note=
if [[ $LOAD == yes ]]; then
  echo
  echo "== Load: $CONNECTIONS concurrent users per page =="
  start_app "$URL" "$OUT/app-load.log"
  settle_wait "$SETTLE"
  sign_in_sessions "$CONNECTIONS"
  warm_up
  for page in "${SELECTED[@]}"; do
    measure_load "$page"
  done
  measure_login_again
  if ! wait_idle "$IDLE_WAIT"; then
    echo "  (the app is still busy ${IDLE_WAIT}s after the last page)"
    heap_note=" (the app was still working on the last page's requests)"
  fi
  heap_final=$(heap_used_mb)
  jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
  heap_live=$(heap_used_mb)
fi

{
  echo
  print_table
  echo
  print_yardstick
  if [[ $YARDSTICK -gt 0 ]]; then
    echo "'next to': p50 over the sign-in page's p50 measured for ${YARDSTICK}s just before that page."
  fi
  if [[ -n $SETTLE_NOTE ]]; then echo "Note: $SETTLE_NOTE when measuring began."; fi
  echo "Heap used after the run: ${heap_final} MB; after a full GC: ${heap_live} MB (-Xmx512m)${heap_note}."
  echo "Statements: counted on the wire by bench/PgWireCounter.java (transaction control not counted)."
  echo "Tables: user tables whose scan or write counters in pg_stat_user_tables moved during that one request."
  echo "Statement texts per page: $OUT/sql/"
} | tee -a "$RESULTS"
echo "Results saved in $RESULTS"

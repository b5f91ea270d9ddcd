# Functions of bench/run.sh (sourced; it sets the configuration variables first).

declare -A R_NEAR R_CODE COOKIES R_RPS R_P50 R_P95 R_P99 R_ERR R_DONE R_SINGLE R_SIZE R_STMTS R_TABLES R_HEAP R_NOTE
APP_PID=
PROXY_PID=
NOTE_NEXT=

fail() { echo "bench: $*" >&2; exit 1; }

psql_db() { PGPASSWORD=$DB_PASSWORD psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

need_tools() {
  if ! command -v wrk >/dev/null; then
    echo "Installing wrk (Debian package)..."
    if [[ $(id -u) == 0 ]]; then
      apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
      sudo apt-get install -y wrk >/dev/null
    fi
  fi
  for tool in wrk curl psql java jcmd; do
    command -v "$tool" >/dev/null || fail "$tool is needed"
  done
  psql_db -Atc 'select 1' >/dev/null || fail "cannot reach database $DB_NAME on $DB_HOST:$DB_PORT as $DB_USER"
}

find_jar() {
  if [[ -z $JAR || $REBUILD == yes ]]; then
    if [[ $REBUILD == yes ]] || ! ls target/dhr-qa-tracker-*.jar >/dev/null 2>&1; then
      echo "Packaging the app (./mvnw -q -DskipTests package)..."
      ./mvnw -q -DskipTests package
    fi
    JAR=$(ls -t target/dhr-qa-tracker-*.jar | grep -v '\.original$' | head -1)
  fi
  [[ -f $JAR ]] || fail "no jar at $JAR"
}

lookup_ids() {
  BIG_ID=$(psql_db -Atc "select id from review where reference = 'BENCH-BIG'")
  SMALL_ID=$(psql_db -Atc "select id from review where reference = 'BENCH-SMALL'")
  [[ -n $BIG_ID && -n $SMALL_ID ]] || fail "no BENCH-BIG review in $DB_NAME: fill it with bench/national-data.sh first"
  LETTER_ID=$(psql_db -Atc "select id from panel_letter where review_id = $BIG_ID and status = 'ISSUED'
    order by letter_version desc limit 1")
  ITEM_ID=$(psql_db -Atc "select id from feedback_item where review_id = $BIG_ID
    and status not in ('DRAFT', 'WITHDRAWN') order by letter_id desc, number limit 1")
}

select_pages() {
  local all
  all=$(echo "$PAGE_TABLE" | sed '/^$/d' | cut -d'|' -f1)
  SELECTED=()
  if [[ $PAGES == all ]]; then
    mapfile -t SELECTED <<<"$all"
  else
    IFS=, read -ra SELECTED <<<"$PAGES"
    for page in "${SELECTED[@]}"; do
      grep -qx "$page" <<<"$all" || fail "unknown page '$page' (bench/run.sh --list shows them)"
    done
  fi
}

page_who() { echo "$PAGE_TABLE" | awk -F'|' -v p="$1" '$1 == p {print $2}'; }

page_path() {
  echo "$PAGE_TABLE" | awk -F'|' -v p="$1" '$1 == p {print $3}' |
    sed "s/{big}/$BIG_ID/; s/{small}/$SMALL_ID/; s/{letter}/$LETTER_ID/; s/{item}/$ITEM_ID/"
}

email_of() {
  case $1 in
    staff) echo bench-staff@example.org ;;
    csp-manager) echo bench-csp-manager@example.org ;;
    secretariat) echo bench-secretariat@example.org ;;
    manager|manager-basic) echo bench-manager@example.org ;;
    admin) echo bench-admin@example.org ;;
  esac
}

# --- the app and the statement counter ------------------------------------------------------------

start_app() {
  local url=$1 log=$2
  if curl -s -o /dev/null "$BASE/login"; then fail "something already answers on port $PORT"; fi
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    DHR_DEMO_DATA=false SERVER_PORT=$PORT java -Xmx512m -jar "$JAR" >"$log" 2>&1 &
  APP_PID=$!
  local waited=0
  until curl -s "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -30 "$log" >&2
      fail "the app stopped during start-up (log: $log)"
    fi
    (( waited++ < 300 )) || fail "the app did not answer /actuator/health within 300 s (log: $log)"
    sleep 1
  done
  echo "App up (pid $APP_PID) in ${waited}s; log $log"
}

stop_app() {
  [[ -n $APP_PID ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  local waited=0
  while kill -0 "$APP_PID" 2>/dev/null && (( waited++ < 45 )); do sleep 1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

start_proxy() {
  java "$ROOT/bench/PgWireCounter.java" "$PROXY_PORT" "$DB_HOST" "$DB_PORT" "$CONTROL_PORT" >"$OUT/proxy.log" 2>&1 &
  PROXY_PID=$!
  local waited=0
  until curl -s "http://127.0.0.1:$CONTROL_PORT/counts" >/dev/null 2>&1; do
    kill -0 "$PROXY_PID" 2>/dev/null || fail "the statement counter did not start ($OUT/proxy.log)"
    (( waited++ < 60 )) || fail "the statement counter did not answer"
    sleep 1
  done
}

stop_proxy() {
  [[ -n $PROXY_PID ]] || return 0
  kill "$PROXY_PID" 2>/dev/null || true
  wait "$PROXY_PID" 2>/dev/null || true
  PROXY_PID=
}

cleanup() { stop_app; stop_proxy; }

# Prints SESSION=... (Spring Session's cookie) of a fresh session signed in through the login form (with its CSRF token).
sign_in() {
  local email=$1 jar html csrf outcome cookie
  jar=$(mktemp)
  html=$(curl -s -c "$jar" -b "$jar" "$BASE/login")
  csrf=$(grep -o '<input[^>]*name="_csrf"[^>]*>' <<<"$html" | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  [[ -n $csrf ]] || fail "no _csrf field on /login"
  outcome=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$email" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
    "$BASE/login")
  cookie=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -1)
  rm -f "$jar"
  [[ $outcome == 302* && $outcome != *error* && -n $cookie ]] || fail "sign-in as $email failed ($outcome)"
  echo "$cookie"
}

# Signs in once as each role (checking every role works), then n sessions for each role the pages use.
sign_in_sessions() {
  local n=$1 who i list
  for who in staff csp-manager secretariat manager admin; do
    sign_in "$(email_of "$who")" >/dev/null
  done
  for who in staff secretariat manager; do
    list=
    for ((i = 0; i < n; i++)); do list+="$(sign_in "$(email_of "$who")") "; done
    COOKIES[$who]=$list
  done
  echo "Signed in as each role; $n session(s) each for CSP staff, secretariat and manager"
}

auth_args() {
  case $1 in
    anonymous) ;;
    manager-basic) printf '%s\n' -u "$(email_of manager):$PASSWORD" ;;
    *) printf '%s\n' -H "Cookie: ${COOKIES[$1]%% *}" ;;
  esac
}

# "status seconds bytes" of one request
request_once() {
  local who=$1 path=$2 args
  mapfile -t args < <(auth_args "$who")
  curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' --max-time "$MAX_SINGLE" \
    "${args[@]}" "$BASE$path" || true
}

run_wrk() {
  local who=$1 path=$2 seconds=$3 authorization=
  [[ $who == manager-basic ]] && authorization="Basic $(printf '%s' "$(email_of manager):$PASSWORD" | base64 -w0)"
  BENCH_COOKIES=${COOKIES[$who]:-} BENCH_AUTHORIZATION=$authorization \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "${TIMEOUT}s" -s "$ROOT/bench/report.lua" \
    "$BASE$path" | grep '^BENCH' || true
}

# Idle: the app used under 10 % of a core over two seconds and none of its database sessions is busy.
wait_idle() {
  local limit=$1 start=$SECONDS before after busy
  while (( SECONDS - start < limit )); do
    before=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    sleep 2
    after=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    busy=$(psql_db -Atc "select count(*) from pg_stat_activity where datname = current_database()
      and backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle'")
    if (( after - before <= 20 )) && [[ $busy == 0 ]]; then return 0; fi
  done
  return 1
}

# After a bulk load the app catches up in the background: it reads the text of every report version
# that has none (report_text) and works out the dashboard row of every review not yet worked out
# today. On fresh national data that is about 8,400 PDFs and 5,000 rows, three to four minutes of
# both cores; measured meanwhile, the first pages (the sign-in yardstick above all) paid for it, and
# the statement counter counted its statements. So each phase waits for it to finish, and says how long.
settle_wait() {
  local limit=$1 start=$SECONDS left
  while (( SECONDS - start < limit )); do
    left=$(psql_db -Atc "select (select count(*) from report_version v where not exists (select 1
         from report_text t where t.version_id = v.id and t.status in ('DONE', 'FAILED')))
      || ' ' || (select count(*) from review r where not exists (select 1 from dashboard_row d
         where d.review_id = r.id and d.as_of >= (now() at time zone 'Europe/London')::date))")
    if [[ $left == '0 0' ]]; then
      echo "Background catch-up done after $(( SECONDS - start ))s (report texts read, dashboard rows current)" \
        | tee -a "${RESULTS:-/dev/null}"
      return 0
    fi
    if (( (SECONDS - start) % 30 < 3 )); then
      echo "  waiting for the app's background catch-up: ${left% *} report texts to read, ${left#* } dashboard rows to work out"
    fi
    sleep 3
  done
  echo "  the app's background catch-up was not done after ${limit}s: measuring anyway (${left% *} report texts, ${left#* } rows left)" \
    | tee -a "${RESULTS:-/dev/null}"
  SETTLE_NOTE="background catch-up unfinished"
}

# Every signed-in request rewrites its session row, and every anonymous /login makes a new one:
# 30 s of /login alone leaves some 30,000 rows and more dead row versions. A server with
# autovacuum (PostgreSQL's default) clears those as it goes; on one without it, each later page
# would pay for the pages before it (measured here: /help went from 570 to 120 requests/s). So
# when autovacuum is off the benchmark vacuums the two session tables before each page, and says so.
vacuum_sessions_if_needed() {
  [[ ${AUTOVACUUM:-} == off ]] || return 0
  psql_db -qc 'vacuum (analyze) spring_session, spring_session_attributes' >/dev/null
}

check_autovacuum() {
  AUTOVACUUM=$(psql_db -Atc 'show autovacuum')
  if [[ $AUTOVACUUM == off ]]; then
    echo "Note: autovacuum is off on this server; the session tables are vacuumed before each page's load"
  fi
}

heap_used_mb() {
  jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | awk '{print int($2 / 1024)}'
}

snapshot_tables() {
  psql_db -Atc "select relname || ' ' || (coalesce(seq_scan, 0) + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd
    + n_tup_del) from pg_stat_user_tables order by relname"
}

# --- measurements -------------------------------------------------------------------------------

# The statements the queue pollers send every few seconds whatever the pages do (report texts, letter
# imports, plan imports): in the 11 s after a page's request they are 8-15 of what crosses the wire.
POLLER_SQL='for update skip locked|insert into report_text|update report_text'

measure_sql() {
  local page=$1 who path attempt code seconds size before after sql total background
  who=$(page_who "$page")
  path=$(page_path "$page")
  wait_idle "$IDLE_WAIT" || true
  for attempt in 1 2; do
    before=$(snapshot_tables)
    curl -s "http://127.0.0.1:$CONTROL_PORT/reset" >/dev/null
    read -r code seconds size < <(request_once "$who" "$path")
    # backends report their table statistics within 10 s of going idle
    sleep 11
    sql=$(curl -s "http://127.0.0.1:$CONTROL_PORT/sql")
    total=$(curl -s "http://127.0.0.1:$CONTROL_PORT/counts" | awk '{print $2}')
    # the queue pollers' statements in the same window are not the page's
    background=$(grep -E "$POLLER_SQL" <<<"$sql" | awk -F'\t' '{n += $1} END {print n + 0}')
    R_STMTS[$page]=$(( total - background ))
    after=$(snapshot_tables)
    R_TABLES[$page]=$(join <(echo "$before") <(echo "$after") | awk '$2 != $3' | wc -l)
    {
      echo "# $page: GET $path as $who -> HTTP $code in ${seconds}s, ${R_STMTS[$page]} statements" \
        "(and $background of the background pollers, marked *)"
      echo "# tables: $(join <(echo "$before") <(echo "$after") | awk '$2 != $3 {print $1}' | tr '\n' ' ')"
      awk -v p="$POLLER_SQL" '$0 ~ p {print "*" $0; next} {print}' <<<"$sql"
    } >"$OUT/sql/$page.txt"
    [[ $code == 200 ]] || { R_NOTE[$page]="FAILED: HTTP $code on $path"; break; }
    # count a warm request when the page is quick enough to ask twice
    awk -v s="$seconds" 'BEGIN {exit !(s < 5)}' || break
  done
  printf '  %-16s %6s statements %4s tables  (HTTP %s, %ss)\n' "$page" "${R_STMTS[$page]}" "${R_TABLES[$page]}" \
    "$code" "$seconds"
}

# The checked request of a page: its status, time and size. A page that answers in under 10 s is asked
# twice and the second, warm answer is kept.
check_page() {
  local page=$1 code seconds size
  read -r code seconds size < <(request_once "$(page_who "$page")" "$(page_path "$page")")
  if [[ $code == 200 ]] && awk -v s="$seconds" 'BEGIN {exit !(s < 10)}'; then
    read -r code seconds size < <(request_once "$(page_who "$page")" "$(page_path "$page")")
  fi
  R_CODE[$page]=$code
  R_SINGLE[$page]=$(awk -v s="$seconds" 'BEGIN {printf (s < 10 ? "%.2f" : "%.0f"), s}')
  R_SIZE[$page]=$size
}

quick() { awk -v s="${R_SINGLE[$1]}" 'BEGIN {exit !(s < 2)}'; }

# Before measuring anything, every page is checked once and the quick ones are loaded for the warm-up
# time, so that the first page measured does not pay for compiling what all pages share.
warm_up() {
  local page
  echo "Warm-up: each page checked once, then ${WARMUP}s of load on each page that answered in under 2 s"
  for page in "${SELECTED[@]}"; do
    check_page "$page"
    if [[ ${R_CODE[$page]} == 200 ]] && quick "$page" && (( WARMUP > 0 )); then
      run_wrk "$(page_who "$page")" "$(page_path "$page")" "$WARMUP" >/dev/null
      wait_idle 30 || true
    fi
  done
}

measure_load() {
  local page=$1 who path line
  who=$(page_who "$page")
  path=$(page_path "$page")
  if ! wait_idle "$IDLE_WAIT"; then
    echo "  (the app is still busy ${IDLE_WAIT}s after the previous page: restarting it)"
    stop_app
    start_app "$URL" "$OUT/app-load.log.$page"
    sign_in_sessions "$CONNECTIONS"
    NOTE_NEXT="app restarted first"
    check_page "$page"
  fi
  if [[ -n $NOTE_NEXT ]]; then R_NOTE[$page]=$NOTE_NEXT; fi
  NOTE_NEXT=
  if [[ ${R_CODE[$page]} != 200 ]]; then
    R_NOTE[$page]="FAILED: HTTP ${R_CODE[$page]} on GET $path (no load run)"
    echo "  $page: ${R_NOTE[$page]}"
    return
  fi
  if quick "$page" && (( WARMUP > 0 )); then
    run_wrk "$who" "$path" $(( WARMUP < 5 ? WARMUP : 5 )) >/dev/null
    wait_idle 30 || true
  fi
  vacuum_sessions_if_needed
  if [[ $page != login && ${YARDSTICK:-0} -gt 0 && -n ${R_P50[login]:-} ]]; then
    R_NEAR[$page]=$(near_login_p50)
    vacuum_sessions_if_needed
  fi
  line=$(run_wrk "$who" "$path" "$DURATION")
  [[ -n $line ]] || { R_NOTE[$page]="wrk printed no result"; return; }
  local requests answered duration p50 p95 p99 non2xx connect read write timeout
  for field in $line; do
    case $field in
      requests=*) requests=${field#*=} ;; answered=*) answered=${field#*=} ;; duration_us=*) duration=${field#*=} ;;
      p50_us=*) p50=${field#*=} ;; p95_us=*) p95=${field#*=} ;; p99_us=*) p99=${field#*=} ;;
      non2xx=*) non2xx=${field#*=} ;; connect=*) connect=${field#*=} ;; read=*) read=${field#*=} ;;
      write=*) write=${field#*=} ;; timeout=*) timeout=${field#*=} ;;
    esac
  done
  R_RPS[$page]=$(awk -v r="$answered" -v d="$duration" 'BEGIN {printf "%.1f", r / (d / 1e6)}')
  R_P50[$page]=$p50
  R_P95[$page]=$p95
  R_P99[$page]=$p99
  R_ERR[$page]=$((non2xx + connect + read + write + timeout))
  R_DONE[$page]=$answered
  if (( non2xx > 0 )); then R_NOTE[$page]="${R_NOTE[$page]:+${R_NOTE[$page]}; }$non2xx answers not 2xx"; fi
  if (( answered < CONNECTIONS )); then
    R_NOTE[$page]="${R_NOTE[$page]:+${R_NOTE[$page]}; }only $answered answered (${DURATION}s run, ${TIMEOUT}s timeout)"
    if (( requests > answered )); then R_NOTE[$page]+=", $((requests - answered)) later"; fi
  fi
  R_HEAP[$page]=$(heap_used_mb)
  printf '  %-16s %8s req/s  p50 %s ms  p95 %s ms  errors %s  answered %s\n' "$page" "${R_RPS[$page]}" \
    "$(ms "$p50")" "$(ms "$p95")" "${R_ERR[$page]}" "$answered"
}

# The sign-in page is the yardstick of every ratio, and its own throughput moves from run to run on a
# shared machine. When it was measured, it is measured again after the last page, so a run shows how far
# the yardstick moved while it ran; the ratios stay against the first measurement.
LOGIN_END_RPS=
LOGIN_END_P50=
measure_login_again() {
  [[ -n ${R_P50[login]:-} && ${#SELECTED[@]} -gt 1 ]] || return 0
  local rps=${R_RPS[login]} p50=${R_P50[login]} p95=${R_P95[login]} p99=${R_P99[login]} err=${R_ERR[login]}
  local done=${R_DONE[login]} heap=${R_HEAP[login]} note=${R_NOTE[login]:-}
  echo "  (the sign-in page again, to see how far the yardstick moved during the run)"
  measure_load login
  LOGIN_END_RPS=${R_RPS[login]}
  LOGIN_END_P50=${R_P50[login]}
  R_RPS[login]=$rps; R_P50[login]=$p50; R_P95[login]=$p95; R_P99[login]=$p99; R_ERR[login]=$err
  R_DONE[login]=$done; R_HEAP[login]=$heap; R_NOTE[login]=$note
}

print_yardstick() {
  [[ -n $LOGIN_END_P50 ]] || return 0
  local page low high
  low=$(awk -v a="${R_P50[login]}" -v b="$LOGIN_END_P50" 'BEGIN {print (a < b ? a : b)}')
  high=$(awk -v a="${R_P50[login]}" -v b="$LOGIN_END_P50" 'BEGIN {print (a > b ? a : b)}')
  echo "Sign-in page (the yardstick): ${R_RPS[login]} req/s, p50 $(ms "${R_P50[login]}") ms at the start;" \
    "${LOGIN_END_RPS} req/s, p50 $(ms "$LOGIN_END_P50") ms at the end."
  echo "p50/login against the slower and the faster of the two:"
  for page in "${SELECTED[@]}"; do
    [[ $page == login || -z ${R_P50[$page]:-} || ${R_DONE[$page]:-} == 0 ]] && continue
    awk -v p="$page" -v v="${R_P50[$page]}" -v lo="$low" -v hi="$high" \
      'BEGIN {printf "  %-16s %.1f-%.1f\n", p, v / hi, v / lo}'
  done
}

ms() {
  [[ -z $1 || $1 -lt 0 ]] && { echo "-"; return; }
  awk -v u="$1" 'BEGIN {v = u / 1000; if (v < 10) printf "%.1f", v; else printf "%.0f", v}'
}

# Nothing answered in time: every request took longer than the timeout or than the run itself.
bound_us() { echo $(( (TIMEOUT < DURATION ? TIMEOUT : DURATION) * 1000000 )); }

# p50 over the sign-in page's p50; when no request was answered in time, at least the bound over it.
ratio() {
  local p50=${R_P50[$1]:-} base=${R_P50[login]:-} prefix=
  if [[ ${R_DONE[$1]:-} == 0 ]]; then p50=$(bound_us); prefix='>'; fi
  if [[ -z $p50 || -z $base || $p50 -lt 0 || $base -le 0 ]]; then echo "-"; return; fi
  awk -v a="$p50" -v b="$base" -v p="$prefix" 'BEGIN {printf "%s%.1f", p, a / b}'
}

# The sign-in page's p50 (microseconds), measured for YARDSTICK seconds just before a page, so that the
# page is compared with the yardstick as the machine ran at that moment, not 10-20 minutes earlier.
near_login_p50() {
  local line field
  line=$(run_wrk anonymous /login "$YARDSTICK")
  for field in $line; do
    case $field in p50_us=*) echo "${field#*=}"; return ;; esac
  done
}

# p50 over the sign-in page's p50 measured just before the page.
near_ratio() {
  local p50=${R_P50[$1]:-} base=${R_NEAR[$1]:-} prefix=
  if [[ ${R_DONE[$1]:-} == 0 ]]; then p50=$(bound_us); prefix='>'; fi
  if [[ -z $p50 || -z $base || $p50 -lt 0 || $base -le 0 ]]; then echo "-"; return; fi
  awk -v a="$p50" -v b="$base" -v p="$prefix" 'BEGIN {printf "%s%.1f", p, a / b}'
}

# A latency in ms; "> bound" when no request was answered in time.
latency() {
  if [[ ${R_DONE[$1]:-} == 0 ]]; then echo ">$(( $(bound_us) / 1000 ))"; else ms "$2"; fi
}

print_table() {
  printf '| %-16s | %8s | %7s | %7s | %7s | %6s | %10s | %9s | %9s | %9s | %9s | %6s | %6s | %8s | %s\n' \
    page 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors answered 'p50/login' 'next to' 'single s' 'size KB' 'SQL' tables 'heap MB' note
  printf '|%s\n' '------------------|----------|---------|---------|---------|--------|------------|-----------|-----------|-----------|-----------|--------|--------|----------|-----'
  local page size
  for page in "${SELECTED[@]}"; do
    size=${R_SIZE[$page]:-}
    [[ -n $size ]] && size=$(awk -v b="$size" 'BEGIN {printf "%.0f", b / 1024}')
    printf '| %-16s | %8s | %7s | %7s | %7s | %6s | %10s | %9s | %9s | %9s | %9s | %6s | %6s | %8s | %s\n' "$page" \
      "${R_RPS[$page]:--}" "$(latency "$page" "${R_P50[$page]:-}")" "$(latency "$page" "${R_P95[$page]:-}")" \
      "$(latency "$page" "${R_P99[$page]:-}")" \
      "${R_ERR[$page]:--}" "${R_DONE[$page]:--}" "$(ratio "$page")" "$(near_ratio "$page")" "${R_SINGLE[$page]:--}" "${size:--}" \
      "${R_STMTS[$page]:--}" "${R_TABLES[$page]:--}" "${R_HEAP[$page]:--}" "${R_NOTE[$page]:-}"
  done
}

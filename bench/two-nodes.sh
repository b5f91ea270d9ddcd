#!/usr/bin/env bash
# Two instances of the packaged jar on one PostgreSQL (issue 14, "several nodes, one database").
#
# Shows, from outside, with curl:
#   1. signed in on node A (sign-in page, its CSRF token, the form post), the same session
#      cookie is signed in on node B: sessions live in PostgreSQL (Spring Session JDBC);
#   2. node A restarted: the cookie is still signed in (a JVM restart keeps people signed in);
#   3. a scheduled job (the due-items digest, made to fire every 5 seconds on both nodes at the
#      same instants) runs once across the two nodes: ShedLock's row in PostgreSQL.
#
# Needs: a PostgreSQL that this user can create databases on (default 127.0.0.1:5432, user
# postgres, trust or PGPASSWORD), createdb/dropdb/psql, curl, Java 17.
# Usage: bench/two-nodes.sh [--build]   (--build packages the jar first: ./mvnw -DskipTests package)
# Settings: PGHOST PGPORT PGUSER PGPASSWORD, DHR_TWO_NODES_DB (dhr_two_nodes), PORT_A (18081), PORT_B (18082)
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${DHR_TWO_NODES_DB:-dhr_two_nodes}"
PORT_A="${PORT_A:-18081}"
PORT_B="${PORT_B:-18082}"
EMAIL=kent@example.org
PASSWORD=demo-password

if [[ "${1:-}" == "--build" || -z "$(ls target/dhr-qa-tracker-*.jar 2>/dev/null)" ]]; then
  ./mvnw -B -ntp -q -DskipTests package
fi
JAR="$(ls target/dhr-qa-tracker-*.jar | grep -v -- '-plain' | head -1)"
WORK="$(mktemp -d)"
PIDS=()

say() { printf '\n== %s\n' "$*"; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# start_node NAME PORT DEMO_DATA: runs the jar in the background, logs to $WORK/NAME.log
start_node() {
  local name=$1 port=$2 demo=$3
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    SERVER_PORT="$port" DHR_DEMO_DATA="$demo" DHR_DIGEST_CRON='*/5 * * * * *' \
    LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK=DEBUG \
    java -jar "$JAR" >>"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "node $name is up on port $port (pid $!)"
      return 0
    fi
    sleep 1
  done
  echo "node $name did not start; its log:" >&2
  tail -50 "$WORK/$name.log" >&2
  exit 1
}

signed_in_as() { # PORT COOKIE -> the h1 of the home page, or where it was sent
  curl -sS -o "$WORK/page.html" -w '%{http_code} %{redirect_url}' -H "Cookie: SESSION=$2" "http://127.0.0.1:$1/" \
    | { read -r code location; if [[ "$code" == 200 ]]; then
          sed -n 's:.*<h1[^>]*>\([^<]*\)</h1>.*:\1:p' "$WORK/page.html" | head -1
        else echo "HTTP $code -> $location"; fi; }
}

say "A fresh database $DB on $PGHOST:$PGPORT"
dropdb --if-exists "$DB"
createdb "$DB"

say "Node A (seeds the demo data), then node B, on one database"
start_node A "$PORT_A" true
start_node B "$PORT_B" false

say "Sign in on node A with curl: the sign-in page's CSRF token, then the form"
curl -sS -c "$WORK/jar" -b "$WORK/jar" -o "$WORK/login.html" "http://127.0.0.1:$PORT_A/login"
CSRF="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$WORK/login.html" | head -1)"
echo "CSRF token from the sign-in page: ${CSRF:0:12}..."
curl -sS -c "$WORK/jar" -b "$WORK/jar" -o /dev/null -w 'POST /login on A -> HTTP %{http_code}, Location %{redirect_url}\n' \
  --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" \
  "http://127.0.0.1:$PORT_A/login"
COOKIE="$(awk '$6 == "SESSION" { print $7 }' "$WORK/jar" | tail -1)"
echo "session cookie: SESSION=${COOKIE:0:16}..."

say "The same cookie on each node (home page heading)"
echo "node A: $(signed_in_as "$PORT_A" "$COOKIE")"
echo "node B: $(signed_in_as "$PORT_B" "$COOKIE")"
echo "no cookie, node B: $(curl -sS -o /dev/null -w 'HTTP %{http_code} -> %{redirect_url}' "http://127.0.0.1:$PORT_B/")"
echo "the session in PostgreSQL:"
psql -d "$DB" -X -c "select session_id, principal_name, max_inactive_interval, to_timestamp(expiry_time / 1000) as expires from spring_session where principal_name is not null"

say "Restart node A (kill its JVM, start it again): still signed in"
kill "$PID_A"; wait "$PID_A" 2>/dev/null || true
start_node A "$PORT_A" false
echo "node A after restart: $(signed_in_as "$PORT_A" "$COOKIE")"

say "A scheduled job runs once across both nodes"
echo "Both nodes fire the due-items digest at every 5th second; ShedLock holds it for an hour once run."
echo "Let the lock run out (as the next morning), and watch three rounds (15 s):"
skipped() { grep -c "Not executing 'due-items-digest'" "$WORK/$1.log" || true; }
skip_a=$(skipped A); skip_b=$(skipped B)
before_a=$(grep -c 'Sent the due-items digest' "$WORK/A.log" || true)
before_b=$(grep -c 'Sent the due-items digest' "$WORK/B.log" || true)
# (not a delete: a node that has seen the row only ever updates it, as ShedLock does)
psql -d "$DB" -X -q -c "update shedlock set lock_until = now() where name = 'due-items-digest'"
sleep 16
after_a=$(grep -c 'Sent the due-items digest' "$WORK/A.log" || true)
after_b=$(grep -c 'Sent the due-items digest' "$WORK/B.log" || true)
echo "digest runs in those 15 s: node A $((after_a - before_a)), node B $((after_b - before_b)), total $((after_a - before_a + after_b - before_b))"
echo "attempts refused by the lock (ShedLock: \"Not executing ... It's locked\"): node A $(($(skipped A) - skip_a)), node B $(($(skipped B) - skip_b))"
grep -H 'Sent the due-items digest' "$WORK/A.log" "$WORK/B.log" | sed "s|$WORK/||; s|  INFO.*DueItemsDigest *||"
psql -d "$DB" -X -c "select name, locked_at, lock_until, locked_by from shedlock order by name"

say "Done. Logs: $WORK/A.log and $WORK/B.log; the database $DB is kept (dropdb $DB to remove it)"

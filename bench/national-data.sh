#!/usr/bin/env bash
# Fills a PostgreSQL database with national-scale data: 300 CSPs, 5,000 reviews, ~3,850 letters,
# ~50,000 feedback items, ~20,000 actions, 2,000 accounts. See bench/README.md.
#
#   bench/national-data.sh jdbc:postgresql://127.0.0.1:5432/dhr_national [--seed N] [--as-of YYYY-MM-DD]
#                          [--reviews N] [--user U] [--password P] [--force]
#
# The database is wiped first (Flyway clean), so its name must contain "national" or "bench"
# unless --force is given. It is created when the server does not have it yet.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 1 ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.dhrqa.tracker.bench.NationalData "$@"

#!/usr/bin/env bash
# The trust load test (issue 4, see BENCHMARKS.md): starts the app on an embedded H2 database in a
# fresh folder, runs IntegrityLoad (USERS simulated people for DURATION seconds on loopback), then
# stops the app. Rate limits are lifted for the run: it measures integrity under load, and 100
# people registering from one address would otherwise be refused by design.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${USERS:-100}"
DURATION="${DURATION:-60}"
APP_PORT="${APP_PORT:-18081}"
WORK="$(mktemp -d /tmp/microblog-integrity.XXXXXX)"
URL="jdbc:h2:file:${WORK}/microblog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0"
CP="bench/target/microblog-bench.jar:microblog-boot/target/microblog.jar"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests install
  ./mvnw -q -B -Pbench -DskipTests package -pl bench
fi
PORT="${APP_PORT}" MICROBLOG_DATA_DIR="${WORK}" DATASOURCES_DEFAULT_URL="${URL}" \
  MICROBLOG_LIMITS_POSTS_PER_MINUTE=1000000 MICROBLOG_LIMITS_REGISTRATIONS_PER_HOUR=1000000 \
  MICROBLOG_LIMITS_FAILED_LOGINS_PER_MINUTE=1000000 MICROBLOG_ACCESS_LOG_LEVEL=warn \
  java -XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xss512k -Xmx256m -jar microblog-boot/target/microblog.jar \
  > "${WORK}/app.log" 2>&1 &
APP_PID=$!
trap 'kill ${APP_PID} 2>/dev/null || true; wait ${APP_PID} 2>/dev/null || true; rm -rf "${WORK}"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:${APP_PORT}/health" >/dev/null 2>&1 && break
  sleep 0.1
done
java -cp "${CP}" org.microblog.bench.IntegrityLoad --base "http://127.0.0.1:${APP_PORT}" \
  --users "${USERS}" --duration "${DURATION}" --jdbc "${URL}" --jdbc-user sa

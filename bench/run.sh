#!/usr/bin/env bash
# The benchmark run behind run-all.sh and run-small.sh (see BENCHMARKS.md). For each database
# (H2 file, PostgreSQL) and each size: seed, start the app jar with the production JVM flags, wait
# for /health, run the load scenarios, print EXPLAIN plans (PostgreSQL), stop the app. Then the
# start-up time, the bcrypt cost table and the chart.
#
# Settings (environment): SIZES ("small large"), DATABASES ("h2 pg"), DURATION (s per scenario),
# WARMUP (s, per scenario), JIT_WARMUP (s per reading scenario, once, before any is measured),
# CONNECTIONS, PG_HOST (127.0.0.1), PG_PORT (5432), PG_USER (postgres), APP_PORT (18080),
# JAVA_OPTS (the app's JVM flags), SKIP_BUILD=1 to reuse built jars, RESULTS (CSV file),
# SCENARIOS (comma-separated, e.g. "publish"; default all), LOAD_ONLY=1 to skip start-up timing
# and the bcrypt table, APP_JAR and BENCH_JAR to measure other builds (e.g. before a change),
# IDLE_STREAMS (e.g. 1000: the home page again with that many open live streams, heap and RSS).
# The app runs as the Dockerfile runs it: with these flags and a class-data archive made for the jar
# by scripts/class-archive.sh. Start-up is also timed without the archive (plain java -jar).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-small large}"
DATABASES="${DATABASES:-h2 pg}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
JIT_WARMUP="${JIT_WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
APP_PORT="${APP_PORT:-18080}"
# The Dockerfile's flags, with the heap that MaxRAMPercentage=50 gives in a 512 MB container (on
# this 24 GB host MaxRAMPercentage alone would let the heap grow far past what the app needs).
JAVA_OPTS="${JAVA_OPTS:--XX:MaxRAMPercentage=50 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError -Xmx256m}"
RESULTS="${RESULTS:-bench/results/results-$(date +%Y%m%d-%H%M%S).csv}"
WORK="$(mktemp -d /tmp/microblog-bench.XXXXXX)"
APP_JAR="${APP_JAR:-microblog-boot/target/microblog.jar}"
BENCH_JAR="${BENCH_JAR:-bench/target/microblog-bench.jar}"
CP="${BENCH_JAR}:${APP_JAR}"
SCENARIO_ARGS=()
[ -n "${SCENARIOS:-}" ] && SCENARIO_ARGS=(--scenarios "${SCENARIOS}")
APP_PID=""

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

stop_app() {
  if [ -n "${APP_PID}" ] && kill -0 "${APP_PID}" 2>/dev/null; then
    kill "${APP_PID}"
    wait "${APP_PID}" 2>/dev/null || true
  fi
  APP_PID=""
}
trap 'stop_app; rm -rf "${WORK}"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "Build (app and bench)"
  ./mvnw -q -B -DskipTests install
  ./mvnw -q -B -Pbench -DskipTests package -pl bench
fi

log "Machine"
echo "cores: $(nproc)"; free -h | head -2; grep -m1 'model name' /proc/cpuinfo; java -version 2>&1 | head -1
echo "app JVM flags: ${JAVA_OPTS}"

log "Class-data archive for the app jar"
ARCHIVE="${WORK}/microblog.jsa"
JAVA_OPTS="${JAVA_OPTS}" scripts/class-archive.sh "${APP_JAR}" "${ARCHIVE}"
APP_OPTS="${JAVA_OPTS} -XX:SharedArchiveFile=${ARCHIVE}"

users_of() { [ "$1" = large ] && echo 10000 || echo 100; }

for size in ${SIZES}; do
  for db in ${DATABASES}; do
    label="${db}-${size}"
    data="${WORK}/${label}"
    mkdir -p "${data}"
    if [ "${db}" = pg ]; then
      name="microblog_bench_${size}"
      psql -h "${PG_HOST}" -p "${PG_PORT}" -U "${PG_USER}" -q -c "DROP DATABASE IF EXISTS ${name}"
      psql -h "${PG_HOST}" -p "${PG_PORT}" -U "${PG_USER}" -q -c "CREATE DATABASE ${name}"
      url="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${name}?user=${PG_USER}"
    else
      url="jdbc:h2:file:${data}/microblog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
    fi
    # On H2 the app runs with its own default URL (the file in its data folder), so the benchmark
    # measures the shipped settings (WRITE_DELAY among them); the seeder only needs the same file.
    app_url="${url}"
    [ "${db}" = h2 ] && app_url=""

    log "${label}: seed"
    java -cp "${CP}" org.microblog.bench.Seeder --size "${size}" --url "${url}" 2>&1 | grep -v ' INFO '

    log "${label}: start the app"
    # The per-account post limit (30 a minute by default) is lifted so that "publish" measures the
    # write path; with it, 16 accounts could publish 8 posts/s. The client API's budget per token
    # (300 requests per 5 minutes) is lifted likewise. Every other setting is the default.
    # shellcheck disable=SC2086
    env PORT="${APP_PORT}" MICROBLOG_DATA_DIR="${data}" ${app_url:+"DATASOURCES_DEFAULT_URL=${app_url}"} \
      MICROBLOG_LIMITS_POSTS_PER_MINUTE=1000000 MICROBLOG_LIMITS_API_REQUESTS_PER_FIVE_MINUTES=1000000 \
      java ${APP_OPTS} -jar "${APP_JAR}" > "${data}/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
      curl -fs "http://127.0.0.1:${APP_PORT}/health" >/dev/null 2>&1 && break
      kill -0 "${APP_PID}" 2>/dev/null || { cat "${data}/app.log"; exit 1; }
      sleep 0.1
    done

    log "${label}: load"
    java -cp "${CP}" org.microblog.bench.LoadRun --base "http://127.0.0.1:${APP_PORT}" \
      --users "$(users_of "${size}")" --pid "${APP_PID}" --label "${label}" \
      --duration "${DURATION}" --warmup "${WARMUP}" --jit-warmup "${JIT_WARMUP}" \
      --connections "${CONNECTIONS}" --csv "${RESULTS}" "${SCENARIO_ARGS[@]}" \
      ${IDLE_STREAMS:+--idle-streams "${IDLE_STREAMS}"}
    stop_app

    if [ "${db}" = pg ]; then
      log "${label}: EXPLAIN plans"
      java -cp "${CP}" org.microblog.bench.ExplainPlans --url "${url}" 2>&1 | grep -v ' INFO ' || true
    fi
  done
done

if [ "${LOAD_ONLY:-0}" = 1 ]; then
  echo "results: ${RESULTS}"
  exit 0
fi

log "Start to first served request (embedded H2 default), as the Dockerfile starts it"
java -cp "${CP}" org.microblog.bench.StartupTimer --jar "${APP_JAR}" --runs 5 \
  --java-opts "${APP_OPTS}" --label startup --csv "${RESULTS}"

log "Start to first served request without the class-data archive (plain java -jar)"
java -cp "${CP}" org.microblog.bench.StartupTimer --jar "${APP_JAR}" --runs 5 \
  --java-opts "${JAVA_OPTS}" --label startup-plain --csv "${RESULTS}"

log "bcrypt cost per hash on this machine"
java -cp "${CP}" org.microblog.bench.HashCost

log "Chart"
java -cp "${CP}" org.microblog.bench.Chart --csv "${RESULTS}" --out "${RESULTS%.csv}.svg"
echo "results: ${RESULTS} and ${RESULTS%.csv}.svg"

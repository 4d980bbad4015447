#!/usr/bin/env sh
# Writes a class-data archive (AppCDS) for the Microblog jar, which halves the time from start to
# first served request (about 3.3 s to 1.7 s on a 2-core machine; see BENCHMARKS.md). It starts the
# jar once on a throwaway embedded database, loads a few pages so that their classes are in, and
# stops it; the JVM writes the classes it loaded into the archive as it exits.
#
#   scripts/class-archive.sh microblog-boot/target/microblog.jar microblog.jsa
#   java -XX:SharedArchiveFile=microblog.jsa -jar microblog-boot/target/microblog.jar
#
# The archive fits only that jar and that Java runtime: after a rebuild or a Java update make it
# again. A stale one is not dangerous, the JVM then says so and starts without it. JAVA_OPTS (the
# garbage collector especially) should be the ones the app runs with. Needs curl.
set -eu

jar="$1"
archive="$2"
port="${ARCHIVE_PORT:-18099}"
data="$(mktemp -d)"
trap 'rm -rf "${data}"' EXIT

rm -f "${archive}"
# shellcheck disable=SC2086
env -u MICRONAUT_ENVIRONMENTS -u DATASOURCES_DEFAULT_URL PORT="${port}" MICROBLOG_DATA_DIR="${data}" \
  java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="${archive}" -jar "${jar}" >"${data}/app.log" 2>&1 &
app=$!

up=0
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:${port}/health" >/dev/null 2>&1; then up=1; break; fi
  kill -0 "${app}" 2>/dev/null || break
  sleep 0.1
done
if [ "${up}" != 1 ]; then
  echo "class-archive: the app did not start; its log:" >&2
  cat "${data}/app.log" >&2
  kill "${app}" 2>/dev/null || true
  exit 1
fi
for page in /login /register /explore /users/nobody /no-such-page; do
  curl -s -o /dev/null "http://127.0.0.1:${port}${page}" || true
done
kill "${app}"
wait "${app}" || true
if [ ! -s "${archive}" ]; then
  echo "class-archive: no archive was written; the app's log:" >&2
  cat "${data}/app.log" >&2
  exit 1
fi
echo "class-archive: wrote ${archive} ($(du -h "${archive}" | cut -f1))"

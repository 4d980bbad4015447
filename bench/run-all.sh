#!/usr/bin/env bash
# The full documented run (BENCHMARKS.md): small and large data, H2 and PostgreSQL, 16
# connections; per configuration 10 s of JIT warm-up for each reading scenario, then each scenario
# 5 s warm-up + 20 s measured. About 25 minutes, most of it load; run it on a quiet machine.
exec env SIZES="${SIZES:-small large}" DURATION="${DURATION:-20}" WARMUP="${WARMUP:-5}" \
  "$(dirname "$0")/run.sh" "$@"

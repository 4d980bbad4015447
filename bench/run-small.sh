#!/usr/bin/env bash
# A quick check of the harness and the app: small data only, short scenarios (a few minutes).
exec env SIZES=small DURATION="${DURATION:-5}" WARMUP="${WARMUP:-2}" JIT_WARMUP="${JIT_WARMUP:-3}" \
  "$(dirname "$0")/run.sh" "$@"

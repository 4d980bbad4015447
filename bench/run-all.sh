#!/usr/bin/env bash
# The full documented run (BENCHMARKS.md): small and large data, H2 and PostgreSQL, 20 s per
# scenario after 5 s of warm-up, 16 connections. Takes about 30 minutes (estimate: 4 × 8 scenarios × 25 s, plus seeding), most of it
# load; run it on a quiet machine.
exec env SIZES="${SIZES:-small large}" DURATION="${DURATION:-20}" WARMUP="${WARMUP:-5}" \
  "$(dirname "$0")/run.sh" "$@"

#!/usr/bin/env bash
# Runs the service scaled out on one machine: 2 stateless api replicas (ports PORT and PORT+1) and
# 3 worker processes sharing one Redis and one Postgres (embedded defaults unless DATABASE_URL /
# REDIS_URL are set). To compare screening throughput by worker count (one command, same stack,
# and it checks that no comment was decided twice):
#   npm run bench:service -- --drain 3000 --apis 2 --workers 1,3
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
exec node dist/apps/cli/src/main.js serve --apis "${APIS:-2}" --workers "${WORKERS:-3}"

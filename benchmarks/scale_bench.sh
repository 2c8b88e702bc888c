#!/usr/bin/env bash
# The scale part of `make bench`: pages and worker exports on the scale data set, then every record
# downloaded through `make serve-production` and its worker, and the check-in burst (loopback). SCALE_DATABASE_URL must hold data
# made by generate_scale_data (see docs/development.md); without it this part says how and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SCALE_DATABASE_URL:?set SCALE_DATABASE_URL}"
: "${BENCH_RESULTS:?set BENCH_RESULTS}"
PORT=${BENCH_PORT:-8103}
export DATABASE_URL=$SCALE_DATABASE_URL REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/13}
export SECRET_KEY="bench-$(head -c 30 /dev/urandom | base64 | tr -d '/+=')"
if [ "$(psql "$SCALE_DATABASE_URL" -tAc "SELECT 1 FROM auth_user WHERE username LIKE 'scale-%' LIMIT 1" 2>/dev/null)" != "1" ]; then
    echo "No scale data in $SCALE_DATABASE_URL: createdb it, then with DATABASE_URL=\$SCALE_DATABASE_URL run"
    echo "  manage.py migrate --noinput && manage.py load_demo && manage.py generate_scale_data"
    exit 0
fi
.venv/bin/python benchmarks/scale_pages.py --exports
mkdir -p var/bench
setsid make serve-production PORT="$PORT" >var/bench/server.log 2>&1 &
server=$!
trap 'kill -TERM -- "-$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
    sleep 1
done
DJANGO_SETTINGS_MODULE=cms.settings.production ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=false \
    SECURE_COOKIES=false TRUSTED_PROXY_COUNT=0 setsid .venv/bin/python manage.py db_worker --backend batches \
    --no-reload >var/bench/worker.log 2>&1 &
worker=$!
trap 'kill -TERM -- "-$server" "-$worker" 2>/dev/null || true' EXIT
.venv/bin/python benchmarks/export_http.py --base "http://127.0.0.1:$PORT" || true
.venv/bin/python benchmarks/check_in_burst.py --base "http://127.0.0.1:$PORT" --participants 1500 --window 60 \
    --find-shortest --json var/bench/check_in_burst.json || true

#!/usr/bin/env bash
# Smoke check of the production profile: gunicorn (2 workers) on the local PostgreSQL and Redis,
# static files by whitenoise; request the pages a visitor meets and /healthz, then stop.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-8765}"
DB=faculty_training_smoke
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export REDIS_URL="redis://127.0.0.1:6379/3"
export SECRET_KEY="smoke-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export SECURE_SSL_REDIRECT=false SITE_URL="http://127.0.0.1:$PORT"
export TRUSTED_PROXY_COUNT=0   # curl talks to gunicorn directly
export STATIC_ROOT="$(mktemp -d)"
PY=.venv/bin/python

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" postgres
$PY manage.py migrate --noinput --settings=cms.settings.production >/dev/null
DJANGO_SETTINGS_MODULE=cms.settings.dev $PY manage.py load_demo >/dev/null   # demo content, dev profile, same database
$PY manage.py collectstatic --noinput --settings=cms.settings.production >/dev/null

DJANGO_SETTINGS_MODULE=cms.settings.production .venv/bin/gunicorn cms.wsgi:application \
  --bind "127.0.0.1:$PORT" --workers 2 --access-logfile - --error-logfile - >/tmp/smoke-gunicorn.log 2>&1 &
GUNICORN=$!
trap 'kill $GUNICORN 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres >/dev/null 2>&1 || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

check() {  # url expected-status [text]
  local status body
  body=$(curl -s -o /tmp/smoke-body -w '%{http_code}' "http://127.0.0.1:$PORT$1")
  status="$body"
  if [ "$status" != "$2" ]; then echo "FAIL $1: HTTP $status (expected $2)"; tail -20 /tmp/smoke-gunicorn.log; exit 1; fi
  if [ -n "${3:-}" ] && ! grep -q "$3" /tmp/smoke-body; then echo "FAIL $1: '$3' not in the page"; exit 1; fi
  echo "ok   $1 ($status)"
}
COURSE=$(DJANGO_SETTINGS_MODULE=cms.settings.dev $PY -c "
import django; django.setup()
from django.utils import translation; translation.activate('en')
from faculty_training.models import CoursePage; print(CoursePage.objects.live().first().get_url())")
CODE=$(DJANGO_SETTINGS_MODULE=cms.settings.dev $PY -c "
import django; django.setup()
from faculty_training.models import Certificate; print(Certificate.objects.valid().order_by('pk').first().verification_code)")
check /healthz 200 '"database": "ok"'
check /en/ 200 'lang="en"'
check /ur/ 200 'dir="rtl"'
check /kk/ 200 'lang="kk"'
check /ru/ 200 'lang="ru"'
check "$COURSE" 200 'Clinical Teaching'
check "/ru/verify/$CODE/" 200 'Этот сертификат действителен'
check /en/ 200 'lang="en"'   # a second time: served from the page cache
STATIC=$(grep -o '/static/faculty_training/css/training\.[0-9a-f]*\.css' /tmp/smoke-body | head -1 || true)
if [ -z "$STATIC" ]; then curl -s "http://127.0.0.1:$PORT/en/" > /tmp/smoke-body; STATIC=$(grep -o '/static/faculty_training/css/training\.[0-9a-f]*\.css' /tmp/smoke-body | head -1); fi
check "$STATIC" 200
echo "production smoke check passed"

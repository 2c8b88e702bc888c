# The two commands: `make run` and `make test`. Everything else is for developers and CI.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/faculty_training

.PHONY: run test test-postgres lint messages install install-dev bench worker serve-production smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The site and its task worker (certificate batches, e-mails) together; Ctrl-C stops both. Links in
# certificates, QR codes and e-mails use the port actually served (SITE_URL).
run: install
	$(BIN)/python manage.py migrate --noinput
	SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)} $(BIN)/python manage.py load_demo
	@SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)}; export SITE_URL; \
	$(BIN)/python manage.py db_worker --backend batches --interval 1 --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production profile on this machine: PostgreSQL, Redis, gunicorn with 2 workers, whitenoise.
# Set SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and REDIS_URL as for a real deployment; these defaults
# suit a local try-out over plain HTTP. Gunicorn faces the browser itself, without a reverse proxy:
# TRUSTED_PROXY_COUNT is 0 (set it to the number of proxies when you put some in front).
# Timeouts (docs/deployment.md, "Timeouts"): no request may take 30 s; anything that can take more
# than a few seconds (exports above FACULTY_TRAINING_EXPORT_SYNC_LIMIT, transcripts, certificate
# ZIPs) is built by the task worker, so a worker killed at 30 s is a bug to fix, never a download.
serve-production: install
	DJANGO_SETTINGS_MODULE=cms.settings.production TRUSTED_PROXY_COUNT=$${TRUSTED_PROXY_COUNT:-0} \
	SECRET_KEY=$${SECRET_KEY:-local-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} DATABASE_URL=$${DATABASE_URL:-$(POSTGRES_URL)} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} \
	SECURE_COOKIES=$${SECURE_COOKIES:-false} SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)} sh -c '$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py collectstatic --noinput -v0 && \
	$(BIN)/gunicorn cms.wsgi:application --bind 127.0.0.1:$(PORT) --workers $${WORKERS:-2} \
		--timeout $${GUNICORN_TIMEOUT:-30} --graceful-timeout 30 --keep-alive 5'

# What CI runs against the production profile (gunicorn on PostgreSQL and Redis).
smoke: install
	bash .ci/smoke_production.sh

# Runs certificate batches and other background work queued in the database.
worker: install
	$(BIN)/python manage.py db_worker --backend batches

test: install-dev
	@bash scripts/test-tools.sh
	$(BIN)/python -m pytest

test-postgres: install-dev
	@bash scripts/test-tools.sh
	DATABASE_URL=$(POSTGRES_URL) $(BIN)/python -m pytest

# Each benchmark compares our path with a bare one in the same run (see benchmarks/README.md); the
# scale part runs on SCALE_DATABASE_URL (made by generate_scale_data) and drives serve-production on
# BENCH_PORT. Ends with one table of every figure beside its target, with the date and machine.
SCALE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/faculty_training_scale
BENCH_PORT ?= 8103
bench: install-dev
	@mkdir -p var/bench && rm -f var/bench/results.jsonl
	@export BENCH_RESULTS=$(CURDIR)/var/bench/results.jsonl; \
	for script in register_save course_page export_records; do \
		$(BIN)/python benchmarks/$$script.py && \
		DATABASE_URL=$(POSTGRES_URL) $(BIN)/python benchmarks/$$script.py || exit 1; \
	done; \
	$(BIN)/python benchmarks/certificate_pdf.py --cpu && \
	$(BIN)/python benchmarks/credentials.py && \
	$(BIN)/python benchmarks/http_throughput.py && \
	SCALE_DATABASE_URL=$(SCALE_DATABASE_URL) BENCH_PORT=$(BENCH_PORT) bash benchmarks/scale_bench.sh; \
	$(BIN)/python benchmarks/summary.py $$BENCH_RESULTS

lint: install-dev
	$(BIN)/ruff check .

# Extract new strings into the catalogs of the site (locale/) and of the plugin (faculty_training/locale/).
messages: install-dev
	$(BIN)/python manage.py makemessages -l ur -l kk -l ru --no-location --no-wrap \
		--ignore '.venv/*' --ignore 'faculty_training/*' --ignore 'tests/*'
	cd faculty_training && ../$(BIN)/python ../manage.py makemessages -l ur -l kk -l ru --no-location --no-wrap
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) db.sqlite3 media static_root .pytest_cache

# Sen: `make run` serves the demo on SQLite; `make test` runs the suite.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTHON ?= python3

.PHONY: install run test lint format messages bench bench-quick bench-national clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo "Sen is at http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	@# The background worker (docs/deploy.md "Workers") runs beside the web server and stops with it.
	$(PY) manage.py db_worker --no-reload & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Needs GNU gettext (msgfmt); the compiled .mo files are committed so `make run` needs none.
messages: install
	$(PY) manage.py makemessages -l vi -l en -l ar --no-obsolete \
		--ignore=.venv --ignore=demo --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 .pytest_cache .ruff_cache

# Benchmarks on PostgreSQL only: DATABASE_URL must name a throwaway database (see
# docs/performance.md). `bench` loads 200,000 members; `bench-quick` one tenth of that;
# `bench-national` 2,000,000 members in 63 provinces (about 7 GB of disk).
bench: install
	$(PY) -m bench.run $(BENCH_ARGS)

bench-quick: install
	$(PY) -m bench.run --quick $(BENCH_ARGS)

bench-national: install
	$(PY) -m bench.run --national $(BENCH_ARGS)

# Two commands for a fresh machine: `make run` (install + analyse the bundled
# examples into the default SQLite database) and `make test` (the whole suite).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= lagebild.db

.PHONY: install run test lint bench clean

$(BIN)/lagebild: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/lagebild

run: install
	$(BIN)/lagebild --db $(DB) ingest examples/articles/
	$(BIN)/lagebild --db $(DB) stats

test: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/extraction.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache

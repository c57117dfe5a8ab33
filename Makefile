# Two commands on a fresh machine with Python 3.11+:  `make digest`  and  `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: digest test lint gate bench regen-golden clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

## Set up and build today's digest from seeds/ into outbox/<today>/.
digest: $(STAMP)
	$(BIN)/briefing build

## Set up and run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/mypy

## Quality floors (bench/floors.toml): the quality benches in quick mode; fails when a score drops.
gate: $(STAMP)
	$(BIN)/python bench/gate.py

## Regenerate the golden files of the seeds digest (review the diff before committing).
regen-golden: $(STAMP)
	BRIEFING_REGEN_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

## Benchmarks that finish in about a minute; the long ones are listed in the README.
bench: $(STAMP)
	$(BIN)/python bench/bench_build.py
	$(BIN)/python bench/bench_figures.py
	$(BIN)/python bench/bench_dedupe_quality.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

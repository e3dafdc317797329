# planx: `make run` sets everything up and converts samples/ into out/; `make test` runs the tests.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared

.PHONY: run test score bench lint typecheck clean samples system-deps serve

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,batch]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/planx convert samples -o out
	@echo "output: out/*.csv and out/plans.sqlite"

test: $(STAMP)
	$(BIN)/pytest
	$(BIN)/ruff check planx extract normalise load audit tests scripts samples
	$(BIN)/mypy

score: $(STAMP)
	$(BIN)/python scripts/score.py --shared $(SHARED)

bench: $(STAMP)
	$(BIN)/python scripts/bench.py --shared $(SHARED)

lint: $(STAMP)
	$(BIN)/ruff check planx extract normalise load audit tests scripts samples

typecheck: $(STAMP)
	$(BIN)/mypy

# browse out/plans.sqlite in Datasette, with the BI views and column descriptions
serve: $(STAMP)
	$(BIN)/pip install -q -e '.[serve]'
	test -f out/plans.sqlite || $(BIN)/planx convert samples -o out
	$(BIN)/datasette out/plans.sqlite -m out/metadata.json

# LibreOffice, Tesseract, Chromium, PostgreSQL from Debian (as root; a clear message otherwise)
system-deps:
	bash scripts/install_system_deps.sh

clean:
	rm -rf out .pytest_cache .mypy_cache

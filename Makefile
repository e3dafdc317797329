# planx: `make run` sets everything up and converts samples/ into out/; `make test` runs the tests.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SHARED  ?= ../shared
# make serve [DB=out/plans.sqlite] [PORT=8001]
DB      ?= out/plans.sqlite
PORT    ?= 8001

# One venv, one stamp per install set, so each target installs only what it needs, once:
#   .run        planx and what running it needs (no test tools, no batch extras)
#   .installed  + the dev tools (pytest, mypy, ruff ...) and the batch extras the tests cover
#   .serve      + Datasette
RUN_STAMP   := $(VENV)/.run
TEST_STAMP  := $(VENV)/.installed
SERVE_STAMP := $(VENV)/.serve

.PHONY: run test score bench lint typecheck clean samples system-deps serve

$(VENV)/bin/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[dev,batch]'
	touch $@ $(RUN_STAMP)

$(SERVE_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install -q -e '.[serve]'
	touch $@ $(RUN_STAMP)

# samples/ holds non-plans on purpose (parish minutes with no actions, in four formats): planx exits 1
# when a file fails, and their rows in out/documents.csv say why ('no plan table found'); that is the
# demonstration, not a broken run. Any other failure (usage, unwritable out/) still stops make.
run: $(RUN_STAMP)
	$(BIN)/planx convert samples -o out; status=$$?; [ $$status -le 1 ] || exit $$status
	@echo "output: out/*.csv, out/plans.sqlite, out/report.html (text, Word, PDF and PowerPoint samples; the failed rows are the non-plans kept to show the clear error)"

test: $(TEST_STAMP)
	$(BIN)/pytest
	$(BIN)/ruff check planx extract normalise load audit tests scripts samples
	$(BIN)/mypy

score: $(TEST_STAMP)
	$(BIN)/python scripts/score.py --shared $(SHARED)

bench: $(TEST_STAMP)
	$(BIN)/python scripts/bench.py --shared $(SHARED)

lint: $(TEST_STAMP)
	$(BIN)/ruff check planx extract normalise load audit tests scripts samples

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

# browse a converted database in Datasette, with the BI views and column descriptions:
#   make serve                                  out/plans.sqlite (converting samples/ first if absent)
#   make serve DB=plans-db/plans.sqlite PORT=8080
serve: $(SERVE_STAMP)
	@test -f "$(DB)" || [ "$(DB)" != out/plans.sqlite ] || $(BIN)/planx convert samples -o out
	@test -f "$(DB)" || { echo "no database at $(DB): convert first (planx convert PATH -o DIR)"; exit 2; }
	$(BIN)/datasette "$(DB)" --port $(PORT) $$(test -f "$$(dirname "$(DB)")/metadata.json" \
		&& echo -m "$$(dirname "$(DB)")/metadata.json")

# LibreOffice, Tesseract, Chromium, PostgreSQL from Debian (as root; a clear message otherwise)
system-deps:
	bash scripts/install_system_deps.sh

clean:
	rm -rf out .pytest_cache .mypy_cache

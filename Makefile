# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
WAREHOUSE ?= warehouse
CHROMIUM  := /usr/bin/chromium

.PHONY: run test eval docs bench profile clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "Installing tradefigures and its dependencies into $(VENV) (a few minutes the first time)"
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install --progress-bar on -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/tradefigures run --warehouse $(WAREHOUSE)

# The report's browser test drives Debian's chromium through Playwright (Playwright's
# own browser download cannot reach its host here). Only `make test` installs it, and
# only when it is missing; CI runs as root.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "note: $(CHROMIUM) is missing and only root can install it (apt-get install chromium): the browser test will skip"; \
	fi

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest

# The extractor measured the way the project is judged: the pipeline on the annotated
# corpora beside the checkout, scored by the shared scorer, field by field.
SHARED   ?= ../shared
EVAL_WH  ?= /tmp/tradefigures-eval
eval: $(STAMP)
	rm -rf $(EVAL_WH)
	$(BIN)/tradefigures run $(SHARED)/corpus/seeds $(SHARED)/corpus/dev $(SHARED)/corpus/dev2 --warehouse $(EVAL_WH)
	@echo "== seeds"; $(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/gold --warehouse $(EVAL_WH)
	@echo "== dev";   $(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/gold/dev --warehouse $(EVAL_WH)
	@echo "== dev2";  $(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/gold/dev2 --warehouse $(EVAL_WH)

# The benchmark (docs/benchmarks.md): `make bench SIZES=1000,10000` for smaller runs.
# Its extra dependencies (spaCy and its model, psutil, pyinstrument) have their own stamp
# so that `make run` and `make test` never download them.
BENCH_STAMP := $(VENV)/.installed-bench
SIZES ?= 1000,10000,100000
BENCH_OPTS ?=

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.bench --sizes $(SIZES) $(BENCH_OPTS)

profile: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.profile

docs: $(STAMP)
	$(BIN)/python -m tradefigures.validate.dictionary > docs/data-dictionary.md
	$(BIN)/python -m tradefigures.validate.tables

clean:
	rm -rf $(VENV) build *.egg-info

# Two commands on a fresh clone (each creates .venv by itself):
#   make serve   set up, then serve the site at http://127.0.0.1:8000/my-number-card-2022/
#   make test    set up (Python packages and Chromium for the browser tests), then run the tests
# Also: make build (a build into site/; integrity findings stop it), and the `edition` command's
# jobs: make check (every integrity check, offline), make sync, make status, make links (the cited
# sources, over the network; ARGS=--offline for syntax only), make import (docs/ja from the transcript;
# ARGS=build/translations/en.po imports translations from a CAT tool's PO or XLIFF file instead),
# make export (every segment as PO and XLIFF 2 for a CAT tool, into build/translations/),
# make renderings (the consistency pass: English used for each glossary term, style rules).
# Extra arguments go in ARGS, e.g. make status ARGS=--json.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

ARGS   ?=

.PHONY: setup serve build test lint check sync status links import export renderings browser clean

# the pinned packages, then the project itself (editable: the `edition` command runs this checkout)
$(BIN)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# the git hooks (.pre-commit-config.yaml: offline checks on changed docs, ruff on changed code), in a clone
setup: $(BIN)/.installed
	@if [ -d .git ] && [ ! -f .git/hooks/pre-commit ]; then $(BIN)/pre-commit install; fi

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict

check: setup
	$(BIN)/edition check $(ARGS)

sync: setup
	$(BIN)/edition sync $(ARGS)

status: setup
	$(BIN)/edition status $(ARGS)

links: setup
	$(BIN)/edition check-links --state .cache/links-state.json $(ARGS)

import: setup
	$(BIN)/edition import $(ARGS)

export: setup
	$(BIN)/edition export $(ARGS)

renderings: setup
	$(BIN)/edition renderings $(ARGS)

# Browser tests drive Debian's Chromium through Playwright (no browser download) and inject axe-core
# (pinned in package-lock.json; the site itself loads no JavaScript from it).
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing Debian's npm for axe-core"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm >/dev/null; }
	npm ci --silent --no-audit --no-fund
	touch $@

browser: node_modules/.installed
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: setup browser
	$(BIN)/python -m pytest

# ruff on the code and mypy on the core, the hooks and the scripts (pyproject.toml [tool.ruff],
# [tool.mypy]); .ci/run runs it before the tests
lint: setup
	$(BIN)/ruff check edition hooks scripts benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) site .pytest_cache .hypothesis *.egg-info node_modules

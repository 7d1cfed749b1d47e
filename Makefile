# The only commands a newcomer needs. Every target sets up .venv on first use (with the
# python3 on PATH) and reinstalls only when pyproject.toml changes, so reruns are quick.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
ADDR   ?=
# empty: mkdocs.yml's dev_addr (MkDocs' default 127.0.0.1:8000), the address `explainer new`
# prints; `make serve ADDR=127.0.0.1:9000` serves elsewhere.

# mkdocs-material prints a notice about MkDocs 2.0 on every build; it is no problem of the
# editor's, so the log stays theirs (plain `mkdocs` still shows it).
export NO_MKDOCS_2_WARNING := 1

.PHONY: build serve test lint bench clean browser-deps i18n

build: $(STAMP)
	$(BIN)/mkdocs build

serve: $(STAMP)
	$(BIN)/mkdocs serve --livereload --dirty $(if $(ADDR),-a $(ADDR))

LINTED := builder tests $(wildcard bench)

# mypy reads its files and strict settings from pyproject.toml ([tool.mypy]).
test: $(TSTAMP) browser-deps
	$(BIN)/ruff check $(LINTED)
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(TSTAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy

bench: $(TSTAMP)
	$(BIN)/python -m bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Browser tests drive Debian's chromium (Playwright never downloads a browser here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium

# Refresh the UI-string catalogs after changing a string (then translate the new entries).
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _ -k gettext -k ngettext:1,2 -k N_ --no-location --omit-header -o builder/render/locale/messages.pot .
	$(BIN)/pybabel update -i builder/render/locale/messages.pot -d builder/render/locale --no-fuzzy-matching

clean:
	rm -rf site build .pytest_cache

# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench screenshots translations installer clean

run: $(VENV)/.installed
	$(BIN)/casekeeper

# One test worker per core (CI has two); worksteal evens out the few long command-line tests.
# The slowest tests are named at the end, so that a run near the time limit says where it went.
# Byte code is written even where the environment says not to (PYTHONDONTWRITEBYTECODE) and the
# program compiled first: every child the tests start (a list's reader, a command run as its own
# process) compiled the program anew, a fifth of those tests' CPU (BENCHMARKS.md, "test suite").
test: $(VENV)/.installed-test
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q app db ui > /dev/null
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto \
	  --dist worksteal --durations=15

lint: $(VENV)/.installed-test
	$(BIN)/ruff check app db ui tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

screenshots: $(VENV)/.installed-test
	$(BIN)/python bench/screenshots.py

# The one-folder program of build_installer.spec, in dist/casekeeper (PyInstaller from PyPI).
installer: $(VENV)/.installed
	$(BIN)/pip install --quiet pyinstaller==6.22.3
	$(BIN)/pyinstaller -y build_installer.spec

# Interface strings: refresh the .ts files from the code, then compile them to .qm.
translations: $(VENV)/.installed
	for l in ar ckb kmr; do \
	  $(BIN)/pyside6-lupdate ui/*.py app/audit_words.py -ts resources/translations/casekeeper_$$l.ts \
	    || exit 1; done
	# TRANSLATIONS.json is the translations' source: written into the .ts, which lupdate then
	# lays out again as it writes them, before each is compiled.
	$(BIN)/python tools/fill_translations.py
	for l in ar ckb kmr; do \
	  $(BIN)/pyside6-lupdate ui/*.py app/audit_words.py -ts resources/translations/casekeeper_$$l.ts && \
	  $(BIN)/pyside6-lrelease resources/translations/casekeeper_$$l.ts \
	    -qm resources/translations/casekeeper_$$l.qm || exit 1; done

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build dist *.egg-info

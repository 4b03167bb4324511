# UNCCD Partnerships - developer tasks.  Run `make help` for the list.
#
# The virtual environment lives in .venv; `.venv/.installed` is a stamp that is refreshed only when
# pyproject.toml changes, so `pip install` does not run on every invocation.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PYTHON ?= python3
VENV := .venv
VENV_PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PIP_FLAGS := $(strip --disable-pip-version-check $(if $(CI),--progress-bar off,))
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k excel -x"`.
PYTEST_ARGS ?=

.PHONY: help run test test-reliability lint format clean venv installer translations \
	system-packages-run system-packages-test system-packages-installer

help:
	@echo "make run               install what is needed and start the app with the demo database"
	@echo "make test              lint, format check and the test suite (without slow tests)"
	@echo "make test-reliability  every reliability test (tests/reliability) with the full counts"
	@echo "make lint              ruff check + ruff format --check"
	@echo "make format            ruff format ."
	@echo "make venv              create .venv and install the package with its [test] extras"
	@echo "make installer         build the Linux app in dist/, smoke-test it, pack a .tar.gz"
	@echo "make translations      compile resources/i18n/*.ts into the .qm files the app loads"
	@echo "make clean             remove .venv, build/, dist/ and caches"

# --- set-up ---------------------------------------------------------------------------------

system-packages-run:
	@bash .ci/system-packages.sh run

system-packages-test:
	@bash .ci/system-packages.sh test

system-packages-installer:
	@bash .ci/system-packages.sh installer

$(VENV_PYTHON):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV_PYTHON)
	$(VENV_PYTHON) -m pip install $(PIP_FLAGS) -e '.[test]'
	@touch $@

venv: $(STAMP)

# Interface translations: the .ts files are the source, the .qm files are built (not committed).
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# --- the app --------------------------------------------------------------------------------

run: system-packages-run $(STAMP) translations
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
		echo "No DISPLAY or WAYLAND_DISPLAY is set, so UNCCD Partnerships is running on a" \
			"virtual X display (xvfb-run): its window will not appear on any screen."; \
		xvfb-run -a $(VENV)/bin/unccd-desktop --demo; \
	else \
		$(VENV)/bin/unccd-desktop --demo; \
	fi

# --- checks ---------------------------------------------------------------------------------

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .

test: system-packages-test $(STAMP) translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(VENV_PYTHON) -m pytest -q -m "not slow" $(PYTEST_ARGS)

test-reliability: system-packages-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV_PYTHON) -m pytest -q $(PYTEST_ARGS) tests/reliability

# --- installers (docs/packaging.md) ---------------------------------------------------------

INSTALLER_STAMP := $(VENV)/.installer-tools

$(INSTALLER_STAMP): installer/requirements.txt | $(STAMP)
	$(VENV_PYTHON) -m pip install $(PIP_FLAGS) -r installer/requirements.txt
	@touch $@

installer: system-packages-installer $(STAMP) $(INSTALLER_STAMP) translations
	@start=$$(date +%s); \
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist installer/unccd-desktop.spec; \
	echo "Built dist/unccd-desktop ($$(du -sh dist/unccd-desktop | cut -f1))" \
		"in $$(( $$(date +%s) - start )) s"
	$(VENV_PYTHON) installer/smoke_test.py --dist dist/unccd-desktop
	bash installer/linux/make-tarball.sh dist/unccd-desktop

# --- housekeeping ---------------------------------------------------------------------------

clean:
	rm -rf $(VENV) build dist htmlcov .pytest_cache .ruff_cache .hypothesis .coverage .coverage.*
	find . -path ./.git -prune -o \( -name '__pycache__' -o -name '*.egg-info' \) -type d \
		-prune -exec rm -rf {} +

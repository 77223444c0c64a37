# The two commands: `make run` and `make test`. Both set up everything on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test bench system-deps translations dist

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Shared libraries Qt needs (and a Japanese/Chinese font) on Debian and Ubuntu.
system-deps:
	@sh installer/linux/system-deps.sh

# The demo bench: demo orders, a simulated scale (pty) and printers (loopback), docked controls.
run: $(INSTALLED) system-deps
	$(BIN)/packstation demo
	$(BIN)/packstation --simulate

test: $(INSTALLED) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Refresh the .ts sources from the code and build the .qm files the app loads.
translations: $(INSTALLED)
	$(BIN)/python resources/translations/update.py

# The one-folder application for this platform in dist/packstation, checked by running it
# headless (installer/smoke.sh): installer/README.md says how to install it on a bench PC.
DIST_INSTALLED := $(VENV)/.dist-installed
$(DIST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@

dist: $(DIST_INSTALLED) system-deps
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/packstation.spec
	sh installer/smoke.sh dist/packstation

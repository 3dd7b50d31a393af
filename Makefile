# Development commands. Every target creates the virtual environment on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install test soak test-fast demo devserver generate check-generated lint format typecheck bench accelerate docs ci clean

# The editable install is "strict": its .pth names one plain folder of links to both package
# roots ('.' for durable_workflow, 'generated' for durable_workflow_api), which type checkers
# and IDEs follow (the default mode installs an import-hook finder they cannot see). A module
# added to either package is linked by the next install; 'make generate' re-links itself.
EDITABLE := --config-settings editable_mode=strict

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server,docs,pandas,progress]' $(EDITABLE)
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

soak: $(STAMP)
	$(BIN)/python -m pytest -q -m soak

demo: $(STAMP)
	$(BIN)/python -m durable_workflow.demo

devserver: $(STAMP)
	$(BIN)/python -m durable_workflow.devserver --port 8080

generate: $(STAMP)
	$(BIN)/python codegen.py --strict
	$(BIN)/python -m pip install --quiet --no-deps -e . $(EDITABLE)

check-generated: $(STAMP)
	$(BIN)/python codegen.py --check --strict

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Optional: compile the codec's fast path (durable_workflow/codec/_avro_fast.py) with mypyc, in
# place (run it again after editing that file); the pure-Python module stays the fallback and
# `make clean` removes the build. A compiled wheel: DURABLE_WORKFLOW_COMPILE=1 (see setup.py).
accelerate: $(STAMP)
	$(BIN)/python -m mypyc durable_workflow/codec/_avro_fast.py

# The API reference site (mkdocs + mkdocstrings) from the docstrings; --strict fails on a
# broken cross-reference or a missing page.
docs: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

ci: check-generated lint typecheck test

clean:
	rm -rf $(VENV) build dist site *.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -f durable_workflow/codec/*.so

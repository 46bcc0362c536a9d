# Two commands for a newcomer: `make run` (set up, run on the corpus) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test corpus clean

$(BIN)/jixiao: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/jixiao

setup: $(BIN)/jixiao

run: setup
	$(BIN)/jixiao extract corpus/reports --summary

test: setup
	$(BIN)/python -m pytest -q

# Rebuild corpus/reports/*.docx and *.pdf from the seeds (needs LibreOffice; the results are committed).
corpus: setup
	$(BIN)/python corpus/build.py ../shared/seeds

clean:
	rm -rf $(VENV) out

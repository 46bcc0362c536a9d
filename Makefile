# Two commands for a newcomer: `make run` (set up, run the nightly job on the corpus) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: setup run test test-full browser office fonts corpus clean

$(BIN)/jixiao: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/jixiao

setup: $(BIN)/jixiao office

# Old Word, WPS and RTF files are read through LibreOffice; install it when it is missing (needs
# root/apt). Where it cannot be installed, those files fail with "需要 LibreOffice" and the rest runs.
office:
	@command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || \
	  { echo "installing LibreOffice (Debian packages) for .doc/.wps/.rtf files"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	        libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null; } || \
	    echo "LibreOffice could not be installed: .doc/.wps/.rtf files will fail with 需要 LibreOffice"; }

run: setup
	$(BIN)/jixiao run --inbox corpus/reports --out $(OUT)
	@echo "审核台 (review desk): $(BIN)/jixiao users add NAME --out $(OUT)   then   $(BIN)/jixiao serve --out $(OUT)   and open http://127.0.0.1:8765/"

# The tests that print Word files through LibreOffice read the PDF's text back: without a CJK font LibreOffice
# draws substitutes (（ comes back as a half-width parenthesis), so `fonts` installs one when missing.
# The review.html and review-desk tests drive Debian's Chromium (the desk's through Selenium and
# chromium-driver); install them when missing (needs root/apt).
browser:
	@{ command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } && \
	  command -v chromedriver >/dev/null 2>&1 || \
	  { echo "installing chromium and chromium-driver (Debian packages) for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# On every core (pytest-xdist, from the test extra; one worker on one core). worksteal: each worker
# starts on its own half of the tests in order (a module's shared readings stay together) and takes
# from the other's remaining ones when it runs out (docs/benchmarks.md, "Test suite time").
# make test runs a fixed sample of the per-document accuracy tests' cases, chosen by coverage (every reader path
# and format kind: docs/benchmarks.md, "Test-suite time (…, fixtime5)"; a case is a test's case as parametrized,
# a held form's format or a mutation test's document part, marked by the lines its own run executes, speed4);
# make test-full runs every case.
# --durations: CI's log lists the slowest tests of each run at no cost (a durations run on a busy machine never ends).
test: setup browser fonts
	$(BIN)/python -m pytest -q -n auto --dist worksteal --durations=40

test-full: setup browser fonts
	$(BIN)/python -m pytest -q -n auto --dist worksteal --all-forms

# Rebuild corpus/reports/*.docx and *.pdf from the seeds (needs LibreOffice; the results are committed).
# Without a CJK font LibreOffice draws every Chinese character as one substitute glyph: install one.
# The seeds live outside the repository (SEEDS=DIR where they are elsewhere).
SEEDS ?= ../shared/seeds
corpus: setup fonts
	$(BIN)/python corpus/build.py $(SEEDS)

fonts:
	@fc-list :lang=zh 2>/dev/null | grep -q . || \
	  { echo "installing fonts-noto-cjk (Debian package) for the corpus PDFs and the tests that print them"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null; }

clean:
	rm -rf $(VENV) $(OUT)

# Reports, not tests: accuracy against corpus/expected, and the performance benchmark.
# eval: a sample in every format, and the first read of the newest passages beside the current read
# (a few minutes); eval-full: make test-full, then every document and format, the raw passages, the mutation
# suite (~35 min).
# eval-scans: a sample read as clean and as degraded scans (seal, skew, noise, blur, JPEG 45; ~50 OCR pages).
.PHONY: eval eval-full eval-scans bench bench-hostile bench-scans soak
eval: setup
	$(BIN)/python -m benchmarks.eval

eval-full: setup test-full
	$(BIN)/python -m benchmarks.eval --full

eval-scans: setup
	$(BIN)/python -m benchmarks.eval --degraded $(OUT)/degraded

bench: setup
	$(BIN)/python -m benchmarks.bench
	$(BIN)/python -m benchmarks.cluster_bench
	$(BIN)/python -m benchmarks.desk_bench
	$(BIN)/python -m benchmarks.desk_bench --flags 10000,1000000 --json $(OUT)/desk-flags.json

# Hostile inputs that once blew up (quadratic scans, huge or broken files), each against its budget in
# seconds: the timing the tests no longer do (about half a minute; exit 1 when one is over).
bench-hostile: setup
	$(BIN)/python -m benchmarks.hostile_inputs

# Scan reading beside RapidOCR's own default full-page call, in one process (51 corpus scan pages,
# 3 rounds; about 8 min on 2 quiet cores; writes $(OUT)/scan_speed.json).
bench-scans: setup
	mkdir -p $(OUT)
	$(BIN)/python -m benchmarks.scan_speed --json $(OUT)/scan_speed.json

# 5,000 files (2% hostile), runs killed at random, then every promise checked (about 30 min).
soak: setup
	$(BIN)/python -m benchmarks.soak

# Every target creates .venv on first use, so each works on a fresh machine. `make run`
# installs what the app needs; `make test` adds the test tools (pytest, mypy, ruff, ...).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# pip shows what it downloads (and a progress bar on a terminal), not its version nags.
PIP := $(PY) -m pip --disable-pip-version-check

.PHONY: run test lint typecheck check bench system-deps clean screenshots sample-report dist dist-check

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	@echo "Installing Assessor and its libraries into $(VENV) (PySide6 is large: the first time takes a while)"
	$(PIP) install -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install -e '.[test]'
	touch $(STAMP) $(TEST_STAMP)

# Qt's xcb platform plugin needs these on a desktop Linux; offscreen runs need none. Tried on
# every `make run` until they are all installed; never stops the app from starting.
SYSDEPS ?= $(VENV)/.system-deps
system-deps:
	@tools/system_deps.sh $(SYSDEPS)
$(SYSDEPS): | $(PY)
	@tools/system_deps.sh $(SYSDEPS)

# What `make run` starts (the tests start it with --smoke-test, headless).
ASSESSOR ?= $(VENV)/bin/assessor
run: $(STAMP) $(SYSDEPS)
	$(ASSESSOR)

test: $(TEST_STAMP)
	$(PY) -m ruff check assessor tests bench
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) tools/dead_code.py
	$(PY) -m pytest -q

lint: $(TEST_STAMP)
	$(PY) -m ruff check assessor tests bench

typecheck: $(TEST_STAMP)
	$(PY) -m mypy

# Robustness (tests/robustness): the long fuzzing profile (over 100,000 generated cases),
# and docs/reliability.md regenerated from a long run (ROBUSTNESS_PROFILE=ci for a quick one).
.PHONY: fuzz robustness-report
fuzz: $(TEST_STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/robustness -q -p no:cacheprovider

ROBUSTNESS_PROFILE ?= fuzz
robustness-report: $(TEST_STAMP)
	$(PY) tools/robustness_report.py --profile $(ROBUSTNESS_PROFILE)

bench: $(STAMP)
	for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

# One-folder Linux bundle (PyInstaller) and a .tar.gz of it; dist-check runs the bundle.
dist: $(STAMP)
	tools/build_dist.sh $(PY)

dist-check: dist
	tools/check_bundle.sh

# Every page a learner, counsellor and provider sees, at 1280x800 (and 2x for the learner's);
# the learner's also at 1024x700 and 1920x1080.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots --size 1024x700 --only-this-scale
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots --size 1920x1080 --only-this-scale
	QT_QPA_PLATFORM=offscreen $(PY) tools/counsellor_screenshots.py --out docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/provider_screenshots.py --out docs/screenshots

# A real persona's report, as PDF, HTML and PNG pages (pdftoppm from poppler-utils).
SAMPLE_Q := questionnaires/ai-cyber-career.yaml
SAMPLE_PERSONA := tests/personas/ml-engineer-no-security.yaml
sample-report: $(STAMP)
	mkdir -p docs/sample-report
	rm -f docs/sample-report/page-*.png
	$(PY) -m assessor score $(SAMPLE_Q) $(SAMPLE_PERSONA) --respondent "Sample learner" -o docs/sample-report/result.json
	QT_QPA_PLATFORM=offscreen $(PY) -m assessor report docs/sample-report/result.json -o docs/sample-report/report.pdf
	$(PY) -m assessor report docs/sample-report/result.json -o docs/sample-report/report.html
	QT_QPA_PLATFORM=offscreen $(PY) -m assessor report docs/sample-report/result.json -o docs/sample-report/informe.pdf --language es
	pdftoppm -png -r 70 docs/sample-report/report.pdf docs/sample-report/page
	@# pdftoppm pads page numbers once there are ten pages; keep the names stable (page-1.png).
	for f in docs/sample-report/page-0*.png; do [ -e "$$f" ] && mv "$$f" "$$(echo $$f | sed 's/page-0/page-/')"; done; true

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Translations (docs/translations.md): re-extract every UI string into the .ts (keeping the
# translations made), compile the .qm the app loads, and update the Qt-free message
# catalogue. Run after UI or report text changes; new strings arrive unfinished.
.PHONY: translations
TS_FILES := resources/assessor_es.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations none \
		$$(find assessor -name '*.py' | sort) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
	$(PY) tools/update_messages.py

# The news book: `make help` lists the targets.
# The first target that needs Python creates .venv and installs the project into it.

PYTHON      ?= python3
VENV        ?= .venv
BIN         := $(VENV)/bin
SPHINXOPTS  ?= -nW --keep-going
DOCS        := docs
BUILDDIR    := $(DOCS)/_build
STAMP       := $(VENV)/.installed

# Debian packages: graphviz and a CJK font it can see (the book's pictures,
# HTML and PDF), TeX for the PDF (uplatex, embedded HaranoAji fonts) and
# poppler-utils for checking fonts in the PDF test (pdffonts).
PICTURE_PACKAGES := graphviz fonts-noto-cjk
# msgfmt checks the translation catalogs.
I18N_PACKAGES := gettext
TEX_PACKAGES := latexmk texlive-lang-japanese texlive-latex-recommended texlive-latex-extra texlive-luatex \
                epubcheck \
                texlive-fonts-recommended tex-gyre poppler-utils
# Debian's Chromium for the search test and benchmark (driven by playwright;
# playwright never downloads a browser here).
BROWSER_PACKAGES := chromium
SYSTEM_PACKAGES := $(PICTURE_PACKAGES) $(I18N_PACKAGES) $(TEX_PACKAGES) $(BROWSER_PACKAGES)

.PHONY: help setup lock lock-upgrade test-latest system-deps html html-en html-all gettext translations translation-stats check-translations translation-review latexpdf-en preview bench-summaries train-summaries bench-search bench-search-index bench-edit bench-scale bench-book latexpdf pdf-deps browser-deps check-tex test lint format golden clean distclean check-site

help:
	@echo "make html       build the Japanese HTML book into $(BUILDDIR)/html (sets up .venv first)"
	@echo "make preview    live preview at http://127.0.0.1:8000, rebuilt when a seed or page changes"
	@echo "make latexpdf   build the Japanese PDF into $(BUILDDIR)/latex (needs TeX: make system-deps)"
	@echo "make html-en    build the English HTML book into $(BUILDDIR)/html-en"
	@echo "make html-all   build both editions side by side: $(BUILDDIR)/html/ja and $(BUILDDIR)/html/en"
	@echo "make latexpdf-en  build the English PDF into $(BUILDDIR)/latex-en"
	@echo "make translations  extract messages, update the catalogs, fill the generated pages' catalogs"
	@echo "make translation-stats  translated / fuzzy / untranslated per catalog (fuzzy shown with the previous text)"
	@echo "make translation-review  side-by-side review pages: $(BUILDDIR)/translation-review/index.html"
	@echo "make check-translations  markup, targets, terms, URLs, years and msgfmt -c on every catalog"
	@echo "make test       run the test suite"
	@echo "make lint       ruff check, ruff format check, mypy --strict, import contracts (lint-imports)"
	@echo "make bench-summaries EVAL=... [SPLIT=dev]  summaries side by side with baselines (ROUGE)"
	@echo "make train-summaries EVAL=...  refit the summary weights on the headline set's dev rows"
	@echo "make bench-search  search recall: Sphinx's default Japanese splitter vs ours, in Chromium"
	@echo "make bench-scale [SIZES='100 1000'] [CONVERT_ONLY=10000] [OURS_ONLY='1000 10000'] [ROUNDS=5]  build time, rebuilds (medians of ROUNDS, in turns), memory vs plain Sphinx"
	@echo "make bench-book CLUSTER=...  entities, glossary, timeline, key points of a cluster vs its gold.json"
	@echo "make golden     regenerate tests/golden/ from seeds/ (review the diff!)"
	@echo "make system-deps  install the Debian packages: graphviz, CJK fonts, TeX, chromium (apt-get; root or sudo)"
	@echo "make browser-deps  install only Debian's chromium for the search test (apt-get; root or sudo)"
	@echo "make setup      only create .venv and install the project from the lock (requirements/)"
	@echo "make lock       add to the lock what pyproject.toml newly asks for; make lock-upgrade: everything newest"
	@echo "make test-latest  the tests with the newest releases pyproject.toml allows, not the lock"
	@echo "make clean      remove build output and generated pages"
	@echo "make distclean  clean, and remove .venv"

# Python packages come from the lock, never from a fresh resolution: the
# environment is made anew whenever the lock changes, so it holds exactly the
# locked versions (pip itself excepted). requirements/docs.txt is the part of
# the lock that Read the Docs installs.
LOCK        := requirements/dev.txt
DOCS_LOCK   := requirements/docs.txt
UV_COMPILE  = $(BIN)/uv pip compile --quiet --universal --fork-strategy fewest \
              --python-version 3.11 --generate-hashes --custom-compile-command 'make lock'

$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

setup: $(STAMP)

# Adds what pyproject.toml asks for and the lock lacks, keeping every other pin.
lock: $(STAMP)
	$(UV_COMPILE) --all-extras pyproject.toml requirements/build.in -o $(LOCK)
	$(UV_COMPILE) pyproject.toml requirements/build.in -c $(LOCK) -o $(DOCS_LOCK)

# Every package to its newest release that pyproject.toml allows (review the diff,
# then make test).
lock-upgrade: $(STAMP)
	$(UV_COMPILE) --upgrade --all-extras pyproject.toml requirements/build.in -o $(LOCK)
	$(UV_COMPILE) pyproject.toml requirements/build.in -c $(LOCK) -o $(DOCS_LOCK)

# The tests in a throwaway environment with the newest releases pyproject.toml
# allows, not the lock: judges a lock refresh before it is made.
test-latest:
	@latest=$$(mktemp -d); trap 'rm -rf "$$latest"' EXIT; \
	$(PYTHON) -m venv "$$latest" && \
	"$$latest/bin/python" -m pip install --quiet --upgrade pip && \
	"$$latest/bin/python" -m pip install --quiet --upgrade -e '.[dev,bench]' && \
	echo "Packages that differ from $(LOCK):" && \
	"$$latest/bin/python" tools/lockcheck.py $(LOCK) --report && \
	NEWSBOOK_UNLOCKED=1 "$$latest/bin/python" -m pytest

html: $(STAMP)
	$(BIN)/sphinx-build -M html $(DOCS) $(BUILDDIR) $(SPHINXOPTS)

# The English edition (sphinx-intl). Translators translate the article catalogs
# (docs/locale/en/LC_MESSAGES/articles-text/*.po) and the hand-written pages'
# catalogs; the generated pages' catalogs are filled by the converter.
LOCALE := $(DOCS)/locale
# A fixed SOURCE_DATE_EPOCH: the templates' POT-Creation-Date does not follow the clock.
gettext: $(STAMP)
	SOURCE_DATE_EPOCH=1735689600 $(BIN)/sphinx-build -M gettext $(DOCS) $(BUILDDIR) $(SPHINXOPTS)

translations: gettext
	$(BIN)/newsbook catalogs seeds $(LOCALE) --language en
	$(BIN)/sphinx-intl update -p $(BUILDDIR)/gettext -d $(LOCALE) -l en --no-obsolete -w 76
	$(BIN)/newsbook fill-translations $(DOCS) --language en

translation-stats: $(STAMP)
	$(BIN)/python -m newsbook.i18n.stats $(LOCALE) en

# One side-by-side page per article for the edition's editor: Japanese, English, notes, failed checks.
translation-review: $(STAMP)
	$(BIN)/newsbook translation-review seeds $(LOCALE) $(BUILDDIR)/translation-review --language en

check-translations: $(STAMP)
	$(BIN)/python -m newsbook.i18n.check $(LOCALE) en
	$(BIN)/python -m newsbook.i18n.style $(LOCALE) en

html-en: $(STAMP)
	$(BIN)/sphinx-build -b html -D language=en $(DOCS) $(BUILDDIR)/html-en -d $(BUILDDIR)/doctrees-en $(SPHINXOPTS)

# Both editions side by side, as the language switcher expects them locally.
html-all: $(STAMP)
	$(BIN)/sphinx-build -b html -D language=ja $(DOCS) $(BUILDDIR)/html/ja -d $(BUILDDIR)/doctrees $(SPHINXOPTS)
	$(BIN)/sphinx-build -b html -D language=en $(DOCS) $(BUILDDIR)/html/en -d $(BUILDDIR)/doctrees-en $(SPHINXOPTS)

latexpdf-en: $(STAMP) check-tex
	$(BIN)/sphinx-build -b latex -D language=en $(DOCS) $(BUILDDIR)/latex-en -d $(BUILDDIR)/doctrees-en-latex $(SPHINXOPTS)
	$(MAKE) -C $(BUILDDIR)/latex-en all-pdf

# The generated pages are ignored: the build writes them itself.
preview: $(STAMP)
	$(BIN)/sphinx-autobuild $(DOCS) $(BUILDDIR)/preview --watch seeds --watch tools \
	  --ignore "*/$(DOCS)/articles/*" -n --keep-going

latexpdf: $(STAMP) check-tex
	$(BIN)/sphinx-build -M latexpdf $(DOCS) $(BUILDDIR) $(SPHINXOPTS)

check-tex:
	@missing=""; \
	for cmd in latexmk uplatex mendex dvipdfmx kpsewhich; do \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$cmd"; \
	done; \
	if [ -z "$$missing" ]; then \
	  for sty in pxchfon.sty tgtermes.sty; do \
	    kpsewhich $$sty >/dev/null 2>&1 || missing="$$missing $$sty"; \
	  done; \
	fi; \
	if [ -n "$$missing" ]; then \
	  echo "make latexpdf: TeX is not complete (missing:$$missing)."; \
	  echo "Install the Debian packages with 'make system-deps', or:"; \
	  echo "  sudo apt-get install --no-install-recommends $(TEX_PACKAGES)"; \
	  exit 1; \
	fi

system-deps:
	@if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES)

# Kept for old instructions: the PDF's packages are part of system-deps.
pdf-deps: system-deps

browser-deps:
	@if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $(BROWSER_PACKAGES)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check tools tests
	$(BIN)/ruff format --check tools tests
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff format tools tests
	$(BIN)/ruff check --fix tools tests

# Summary quality against the headline set: make bench-summaries EVAL=path [SPLIT=dev]
# (ours, lead-1, random, oracle, sumy LexRank/TextRank; char and word ROUGE; bootstrap CI).
SPLIT ?= test
bench-summaries: $(STAMP)
	@test -n "$(EVAL)" || { echo "usage: make bench-summaries EVAL=path/to/jawikinews-headlines.tsv.gz [SPLIT=dev]"; exit 2; }
	$(BIN)/python tools/bench/summary_rouge.py "$(EVAL)" --split $(SPLIT)
	$(BIN)/python tools/bench/summary_speed.py seeds

# Refit tools/newsbook/analyse/data/summary_weights.json on the dev rows (id < 1000) only; review its diff.
train-summaries: $(STAMP)
	@test -n "$(EVAL)" || { echo "usage: make train-summaries EVAL=path/to/jawikinews-headlines.tsv.gz"; exit 2; }
	$(BIN)/python tools/bench/train_summaries.py "$(EVAL)"

# Builds the book with both splitters and searches it in headless Chromium.
bench-search: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || { echo "make bench-search needs chromium: make browser-deps"; exit 2; }
	$(BIN)/python tools/bench/search_recall.py

# The converter's share of a one-article edit (cached analyses), and the time the
# search index spends splitting text: ours against Sphinx's default splitter.
ARTICLES ?= 1000
bench-edit: $(STAMP)
	$(BIN)/python tools/bench/edit.py --articles $(ARTICLES)

bench-search-index: $(STAMP)
	$(BIN)/python tools/bench/search_index.py $(if $(SEEDS),$(SEEDS),seeds)

# Synthetic books of N articles: conversion vs raw tokenization, clean and
# incremental builds, peak memory, ours vs plain Sphinx (takes many minutes).
SIZES ?= 100 1000
CONVERT_ONLY ?= 10000
OURS_ONLY ?=
ROUNDS ?= 1
bench-scale: $(STAMP)
	$(BIN)/python tools/bench/scale.py --sizes $(SIZES) --convert-only $(CONVERT_ONLY) --ours-only $(OURS_ONLY) --rounds $(ROUNDS)

# What the whole-book stage finds in a cluster of articles, scored against its
# gold.json when it has one: make bench-book CLUSTER=path/to/folder
bench-book: $(STAMP)
	@test -n "$(CLUSTER)" || { echo "usage: make bench-book CLUSTER=folder-of-seeds [with gold.json]"; exit 2; }
	$(BIN)/python tools/bench/book_eval.py "$(CLUSTER)"

golden: $(STAMP)
	NEWSBOOK_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py -q

clean:
	rm -rf $(BUILDDIR) $(DOCS)/articles $(DOCS)/book

distclean: clean
	rm -rf $(VENV)

# Both editions checked as a reader gets them: every internal link, anchor and
# picture (newsbook.checks.links), and the main pages opened in headless Chromium
# with no console error; screenshots in $(BUILDDIR)/screenshots for review.
.PHONY: check-site
check-site: html-all
	@command -v chromium >/dev/null 2>&1 || { echo "make check-site needs chromium: make browser-deps"; exit 2; }
	$(BIN)/python tools/bench/sitecheck.py $(BUILDDIR)

"""The book as Read the Docs builds it: its configuration validates against Read the
Docs' published schema, and a clean virtual environment installed only as that
configuration says builds HTML, PDF and EPUB in both languages with Read the Docs'
own commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

CONFIG = ROOT / ".readthedocs.yaml"
LANGUAGES = ("ja", "en")
# What Read the Docs runs in the LaTeX folder: latexmkjarc for Japanese, latexmkrc otherwise.
LATEXMK = {
    "ja": ["latexmk", "-r", "latexmkjarc", "-pdfdvi", "-dvi-", "-ps-"],
    "en": ["latexmk", "-r", "latexmkrc", "-pdf", "-f", "-dvi-", "-ps-"],
}
EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


def test_the_configuration_validates_against_read_the_docs_schema() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.readthedocs",
            str(CONFIG),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_configuration_builds_html_pdf_and_epub_from_an_installed_project() -> None:
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    assert config["python"]["install"] == [
        {"requirements": "requirements/docs.txt"},  # the locked versions
        {"method": "pip", "path": "."},
    ]
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    assert set(config["formats"]) == {"pdf", "epub"}
    assert {"graphviz", "fonts-noto-cjk"} <= set(config["build"]["apt_packages"])


@pytest.fixture(scope="module")
def rtd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A checkout of the project and a virtual environment with only what
    .readthedocs.yaml installs (the locked requirements, then ``pip install .``),
    as Read the Docs prepares them."""
    if os.environ.get("NEWSBOOK_REQUIRE_PDF") != "1" and shutil.which("latexmk") is None:
        pytest.skip("TeX is not installed (make system-deps)")
    work = tmp_path_factory.mktemp("rtd")
    checkout = work / "checkout"
    shutil.copytree(
        ROOT,
        checkout,
        ignore=shutil.ignore_patterns(
            ".venv*",
            ".git",
            "_build",
            "*.mo",
            "__pycache__",
            "*.egg-info",
            ".pytest_cache",
            ".ruff_cache",
            ".mypy_cache",
        ),  # fmt: skip
    )
    for generated in ("articles", "book"):
        shutil.rmtree(checkout / "docs" / generated, ignore_errors=True)
    environment = work / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    for step in config["python"]["install"]:
        # What Read the Docs runs for each step of python.install.
        what = ["-r", step["requirements"]] if "requirements" in step else [step["path"]]
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *what],
            cwd=checkout,
            check=True,
            capture_output=True,
        )
    return checkout, python


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.pdf
@pytest.mark.parametrize("language", LANGUAGES)
def test_read_the_docs_builds_the_edition(rtd: tuple[Path, Path], language: str) -> None:
    checkout, python = rtd
    out = checkout / "_readthedocs" / language
    doctrees = checkout / "_build" / f"doctrees-{language}"
    for builder in ("html", "latex", "epub"):
        # The command Read the Docs runs (sphinx -T -W --keep-going -b ... -D language=...).
        result = _run(
            [str(python), "-m", "sphinx", "-T", "-W", "--keep-going", "-b", builder,
             "-d", str(doctrees), "-D", f"language={language}", "docs", str(out / builder)],
            checkout,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (out / "html" / "index.html").exists()
    latex = _run([*LATEXMK[language], "-jobname=newsbook", "-interaction=nonstopmode",
                  "newsbook.tex"], out / "latex")  # fmt: skip
    assert (out / "latex" / "newsbook.pdf").exists(), latex.stdout[-3000:]
    epub = out / "epub" / "newsbook.epub"
    assert epub.exists()
    if not EPUBCHECK.exists():
        if os.environ.get("NEWSBOOK_REQUIRE_PDF") == "1":
            pytest.fail("epubcheck is not installed (make system-deps)")
        pytest.skip("epubcheck is not installed (make system-deps)")
    check = _run(["java", "-jar", str(EPUBCHECK), str(epub)], checkout)
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    assert "0 fatals / 0 errors / 0 warnings" in check.stdout + check.stderr


def test_read_the_docs_installs_exactly_the_locked_versions(rtd: tuple[Path, Path]) -> None:
    checkout, python = rtd
    check = _run(
        [str(python), "tools/lockcheck.py", "requirements/docs.txt"], checkout
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr

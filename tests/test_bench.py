"""The summary benchmark, run end to end on a tiny made-up headline file.

The real evaluation data stays outside the project; this fixture only checks
that the one command prints the side-by-side table. Needs the bench extra
(rouge-score, sumy): ``pip install -e '.[bench]'``.
"""

import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("rouge_score", reason="bench extra not installed")
pytest.importorskip("sumy", reason="bench extra not installed")

FIXTURE = ROOT / "tests" / "fixtures" / "headlines-tiny.tsv"
BENCH = ROOT / "tools" / "bench" / "summary_rouge.py"
METHODS = [
    "newsbook",
    "lead-1",
    "random",
    "oracle",
    "oracle-eligible",
    "sumy-lexrank",
    "sumy-textrank",
]


@pytest.fixture(scope="module")
def report() -> str:
    run = subprocess.run(
        [sys.executable, str(BENCH), str(FIXTURE), "--split", "test"],
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout


def test_only_the_test_rows_are_scored(report):
    assert "articles=3;" in report


@pytest.mark.parametrize("method", METHODS)
def test_every_method_has_a_row_of_six_figures_and_a_time(report, method):
    row = next(line for line in report.splitlines() if line.split()[:1] == [method])
    figures = [cell for cell in row.split()[1:] if cell != "|"]
    assert len(figures) == 7
    assert all(0.0 <= float(f) <= 100.0 for f in figures[:6])


@pytest.mark.parametrize("metric", ["R1", "R2", "RL"])
def test_the_paired_bootstrap_interval_of_ours_minus_lead(report, metric):
    assert f"newsbook - lead-1, char {metric}:" in report
    assert "paired bootstrap 95% interval" in report


def test_the_oracle_is_the_upper_bound(report):
    r1 = {line.split()[0]: float(line.split()[1]) for line in report.splitlines()[2:9]}
    assert r1["oracle"] >= max(r1.values())

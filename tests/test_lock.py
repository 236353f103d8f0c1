"""Installs come from the lock: requirements/dev.txt pins every package the project
installs (with hashes), requirements/docs.txt is its part for Read the Docs, and the
development environment holds exactly the lock."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from lockcheck import differences, installed_versions, locked_versions  # noqa: E402

LOCK = ROOT / "requirements" / "dev.txt"
DOCS_LOCK = ROOT / "requirements" / "docs.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    return [Requirement(line) for line in wanted]


@pytest.mark.skipif(
    os.environ.get("NEWSBOOK_UNLOCKED") == "1", reason="make test-latest: newest releases"
)
def test_the_environment_holds_exactly_the_lock() -> None:
    assert differences(locked_versions(LOCK), installed_versions()) == []


@pytest.mark.parametrize("requirement", _requirements(), ids=str)
def test_every_dependency_is_locked_within_its_range(requirement: Requirement) -> None:
    version = locked_versions(LOCK)[canonicalize_name(requirement.name)]
    assert requirement.specifier.contains(version, prereleases=True)


@pytest.mark.parametrize("lock", [LOCK, DOCS_LOCK], ids=lambda p: p.name)
def test_every_pin_carries_hashes(lock: Path) -> None:
    entries = re.split(r"\n(?=[a-z0-9])", lock.read_text(encoding="utf-8"))
    pins = [entry for entry in entries if "==" in entry.split("\n", 1)[0]]
    assert pins and all("--hash=sha256:" in pin for pin in pins)


def test_read_the_docs_installs_the_same_versions_as_the_lock() -> None:
    docs, full = locked_versions(DOCS_LOCK), locked_versions(LOCK)
    assert docs and {name: full.get(name) for name in docs} == docs


@pytest.mark.parametrize(
    ("locked", "installed", "expected"),
    [
        ({"sphinx": "9.0.4"}, {"sphinx": "9.0.4"}, []),
        ({"sphinx": "9.0.4"}, {"sphinx": "9.1.0"}, ["sphinx: lock 9.0.4, installed 9.1.0"]),
        ({"babel": "2.18.0"}, {}, ["babel: lock 2.18.0, installed -"]),
        ({}, {"requests": "2.0"}, ["requests: lock -, installed 2.0"]),
    ],
)
def test_differences_from_the_lock_are_listed_by_package(
    locked: dict[str, str], installed: dict[str, str], expected: list[str]
) -> None:
    assert differences(locked, installed) == expected

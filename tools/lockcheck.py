"""Compare the running Python environment with the lock (requirements/dev.txt).

    python tools/lockcheck.py requirements/dev.txt           # exit 1 if they differ
    python tools/lockcheck.py requirements/dev.txt --report  # only list the differences

``make test-latest`` reports with it which newest releases differ from the lock;
the test suite uses it to check that the environment holds exactly the lock.
pip itself and the project are not in the lock.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

NOT_LOCKED = {"pip", "newsbook"}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def locked_versions(lock: Path) -> dict[str, str]:
    """Name -> version of every pin in ``lock`` whose marker holds here."""
    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match is None:
            continue
        name, version, marker = match.groups()
        if marker is None or Marker(marker).evaluate():
            pins[canonicalize_name(name)] = version
    return pins


def installed_versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found[canonicalize_name(name)] = dist.version
    return {name: v for name, v in found.items() if name not in NOT_LOCKED}


def differences(locked: dict[str, str], installed: dict[str, str]) -> list[str]:
    """One line per package whose installed version is not the locked one."""
    lines = []
    for name in sorted(locked.keys() | installed.keys()):
        want, have = locked.get(name), installed.get(name)
        if want != have:
            lines.append(f"{name}: lock {want or '-'}, installed {have or '-'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lock", type=Path)
    parser.add_argument("--report", action="store_true", help="list differences, exit 0")
    args = parser.parse_args(argv)
    lines = differences(locked_versions(args.lock), installed_versions())
    for line in lines:
        print(f"  {line}")
    if not lines:
        print("  none: the environment holds exactly the lock")
    return 0 if args.report or not lines else 1


if __name__ == "__main__":
    sys.exit(main())

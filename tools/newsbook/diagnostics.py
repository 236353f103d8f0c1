"""Located messages that every stage returns instead of printing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Prefix of every warning type, so users can write
#: ``suppress_warnings = ["newsbook.decode"]`` in conf.py.
WARNING_PREFIX = "newsbook"


class Severity(StrEnum):
    ERROR = "error"  # the seed could not be converted at all
    WARNING = "warning"  # converted, but something needs an editor's eye
    INFO = "info"  # a deliberate decision worth reporting (e.g. boilerplate dropped)


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int | None
    severity: Severity
    code: str  # e.g. "decode", "override", "structure"
    message: str

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def format(self) -> str:
        return (
            f"{self.location}: {self.severity.value.upper()}: {self.message} "
            f"[{WARNING_PREFIX}.{self.code}]"
        )

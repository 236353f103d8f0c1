"""Located messages that every stage returns instead of printing.

Every message has a :class:`Code`; Sphinx logs it as the warning type
``newsbook.<code>``, so a user can silence one kind deliberately with
``suppress_warnings = ["newsbook.aliases"]`` in conf.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Prefix of every warning type.
WARNING_PREFIX = "newsbook"


class Code(StrEnum):
    """The kinds of message, each documented (the README's table repeats them)."""

    SEED = "seed"
    """A seed could not be converted (empty, binary, undecodable, bad name): it gets no page."""
    OVERRIDE = "override"
    """A seed's ``.toml`` override file is broken or names lines the seed does not have."""
    WRAP = "wrap"
    """Hard-wrapped lines re-joined into paragraphs (an info message, not a warning)."""
    BOILERPLATE = "boilerplate"
    """Site navigation dropped from the top of a seed (an info message, not a warning)."""
    ALIASES = "aliases"
    """The alias file ``seeds/_aliases.toml`` is broken, or an entry matches no article."""
    TERMS = "terms"
    """The terms file ``seeds/_terms.toml`` is broken, or a term occurs in no article."""
    FACTS = "facts"
    """``seeds/_facts.toml`` is broken, a correction matches no reading; info: disagreements."""
    NOTES = "notes"
    """The notes file ``seeds/_notes.toml`` is broken, or a note finds no sentence."""
    SETTINGS = "settings"
    """The book's settings file ``seeds/_book.toml`` is broken (ignored as a whole)."""
    DUPLICATE = "duplicate"
    """Two articles share a title, or one spelling is claimed by two entities or terms."""


class Severity(StrEnum):
    ERROR = "error"  # the input could not be used at all
    WARNING = "warning"  # used, but something needs an editor's eye
    INFO = "info"  # a deliberate decision worth reporting (e.g. boilerplate dropped)


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int | None
    severity: Severity
    code: Code
    message: str

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    @property
    def type(self) -> str:
        """The Sphinx warning type, as ``suppress_warnings`` names it."""
        return f"{WARNING_PREFIX}.{self.code.value}"

    def format(self) -> str:
        return f"{self.location}: {self.severity.value.upper()}: {self.message} [{self.type}]"

"""Checks that keep a translation from being published broken.

For every entry of every catalog of a language: translated, not fuzzy, no
obsolete entries left; the MyST markup of the message kept (every ``{ref}``
and ``{doc}`` target, the same number of ``{term}`` references, each naming
the term's translation, every URL, backquoted code); every year and every
paragraph number kept; no Japanese left outside brackets. Problems come back
located (``file:line: message``), the way ``msgfmt -c`` reports.

``python -m newsbook.i18n.check docs/locale en`` prints them and exits 1 if any.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Message
from babel.messages.pofile import PoFileError, read_po

from newsbook.analyse.metadata import find_urls

_ROLE = re.compile(r"\{(?P<role>[a-z:]+)\}`(?P<body>[^`]*)`")
_CODE = re.compile(r"(?<![`}])`(?P<code>[^`{}]+)`")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_PARAGRAPH = re.compile(r"¶\d+")
# Japanese: kana and kanji. Text in brackets is allowed (a name in its own script).
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）|「[^「」]*」|“[^“”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    message: str

    def format(self) -> str:
        return f"{self.path}:{self.line or 1}: {self.message}"


def _targets(text: str, role: str) -> list[str]:
    found = []
    for match in _ROLE.finditer(text):
        if match.group("role") == role:
            body = match.group("body")
            target = re.search(r"<([^<>]+)>\s*$", body)
            found.append(target.group(1) if target else body)
    return found


def check_message(
    message: Message, term_translations: Mapping[str, str], source_language: str = "ja"
) -> list[str]:
    """What is wrong with one translated entry (empty when nothing is)."""
    original, translated = str(message.id), str(message.string)
    if not translated:
        return ["untranslated"]
    problems = []
    if message.fuzzy:
        problems.append("fuzzy: the original changed; check the translation and remove the flag")
    for role in ("ref", "doc"):
        if sorted(_targets(original, role)) != sorted(_targets(translated, role)):
            problems.append(f"{{{role}}} targets differ: {_targets(original, role)}")
    terms = _targets(original, "term")
    expected = sorted(term_translations.get(t, t) for t in terms)
    if sorted(_targets(translated, "term")) != expected:
        problems.append(f"{{term}} references should be {expected}")
    urls = [u for u in find_urls(original) if u not in translated]
    if urls:
        problems.append(f"URL missing from the translation: {urls}")
    for kind, pattern in (("code", _CODE), ("paragraph number", _PARAGRAPH)):
        missing = [m for m in pattern.findall(original) if m not in translated]
        if missing:
            problems.append(f"{kind} missing from the translation: {missing}")
    years = [y for y in _YEAR.findall(original) if y not in translated]
    if years:
        problems.append(f"year missing from the translation: {years}")
    outside = _BRACKETED.sub("", _ROLE.sub("", translated))
    if source_language == "ja" and _JAPANESE.search(outside):
        problems.append("Japanese text left in the translation (outside brackets)")
    return problems


def msgfmt_problems(path: Path) -> list[Problem]:
    """The errors ``msgfmt -c`` (GNU gettext, the reference parser) finds, located."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        return [Problem(path, None, "msgfmt not found: install gettext (make system-deps)")]
    result = subprocess.run(
        [msgfmt, "-c", "-o", os.devnull, str(path)], capture_output=True, text=True, check=False
    )
    problems = []
    for line in result.stderr.splitlines():
        if "warning:" in line or line.startswith(" "):
            continue  # header advice, not a broken catalog
        located = re.match(rf"{re.escape(str(path))}:(\d+): (.*)", line)
        if located:
            problems.append(Problem(path, int(located.group(1)), located.group(2)))
        elif line.strip() and "fatal error" not in line and "found " not in line:
            problems.append(Problem(path, None, line.strip()))
    return problems


def check_catalog(path: Path, language: str, term_translations: Mapping[str, str]) -> list[Problem]:
    broken = msgfmt_problems(path)
    if broken:
        return broken
    try:
        with path.open("rb") as source:
            catalog = read_po(source, locale=language, abort_invalid=True)
    except (PoFileError, ValueError, UnicodeDecodeError) as err:
        line = re.search(r"line (\d+)", str(err))
        return [Problem(path, int(line.group(1)) if line else None, f"malformed catalog: {err}")]
    problems = [
        Problem(path, line, f"obsolete entry {message.id!r}: remove it")
        for message in catalog.obsolete.values()
        for line in [message.lineno]
    ]
    for message in catalog:
        if not message.id:
            continue
        for problem in check_message(message, term_translations):
            problems.append(
                Problem(path, message.lineno, f"{problem} (msgid {str(message.id)[:60]!r})")
            )
    return problems


def check_locale(
    locale_dir: Path, language: str, term_translations: Mapping[str, str]
) -> list[Problem]:
    folder = locale_dir / language / "LC_MESSAGES"
    return [
        problem
        for path in sorted(folder.rglob("*.po"))
        for problem in check_catalog(path, language, term_translations)
    ]


def glossary_terms(seeds: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each glossary term with an English name: name -> (English, its spellings)."""
    from newsbook.book.glossary import load_terms

    entries, _ = load_terms(seeds, str)
    return {e.name: (e.english, (e.name, *e.aliases)) for e in entries if e.english}


def locale_arguments(argv: Sequence[str] | None) -> tuple[Path, str, Path]:
    """``LOCALE [LANGUAGE [SEEDS]]``: the seeds default to the folder beside the docs."""
    args = list(sys.argv[1:] if argv is None else argv)
    locale_dir, language = Path(args[0]), args[1] if len(args) > 1 else "en"
    seeds = Path(args[2]) if len(args) > 2 else locale_dir.parent.parent / "seeds"
    return locale_dir, language, seeds


def main(argv: Sequence[str] | None = None) -> int:
    locale_dir, language, seeds = locale_arguments(argv)
    terms = {name: english for name, (english, _) in glossary_terms(seeds).items()}
    problems = check_locale(locale_dir, language, terms)
    for problem in problems:
        print(problem.format())
    print(f"{len(problems)} problems in the {language} catalogs")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

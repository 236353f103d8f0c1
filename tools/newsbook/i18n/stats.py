"""Translation statistics: ``python -m newsbook.i18n.stats docs/locale en``.

``sphinx-intl stat`` counts fuzzy entries as translated; this report counts
them apart, and lists each fuzzy entry with its previous text (the msgid it
was translated from, kept by ``msgmerge --previous`` / sphinx-intl), so a
translator sees what changed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po


@dataclass
class CatalogStats:
    path: Path
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    fuzzy_entries: list[tuple[str, str]] = field(default_factory=list)  # (previous, current)

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated


def previous_texts(path: Path) -> dict[str, str]:
    """msgid -> its previous msgid (``#| msgid``), read from the file itself:
    babel does not keep previous msgids when it reads a catalog."""
    found: dict[str, str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        previous = _joined(re.findall(r'^#\| (?:msgid )?"(.*)"$', block, re.MULTILINE))
        current = _joined(
            re.findall(
                r'^(?:msgid )?"(.*)"$',
                block.split("\nmsgid ", 1)[-1].split("\nmsgstr", 1)[0],
                re.MULTILINE,
            )
        )
        if previous:
            found[current] = previous
    return found


def _joined(parts: list[str]) -> str:
    return "".join(parts).encode("raw_unicode_escape").decode("unicode_escape")


def catalog_stats(path: Path, language: str) -> CatalogStats:
    with path.open("rb") as source:
        catalog = read_po(source, locale=language)
    stats = CatalogStats(path, obsolete=len(catalog.obsolete))
    previous = previous_texts(path)
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            stats.fuzzy += 1
            stats.fuzzy_entries.append((previous.get(str(message.id), ""), str(message.id)))
        elif message.string:
            stats.translated += 1
        else:
            stats.untranslated += 1
    return stats


def locale_stats(locale_dir: Path, language: str) -> list[CatalogStats]:
    folder = locale_dir / language / "LC_MESSAGES"
    return [catalog_stats(path, language) for path in sorted(folder.rglob("*.po"))]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    locale_dir, language = Path(args[0]), args[1] if len(args) > 1 else "en"
    all_stats = locale_stats(locale_dir, language)
    for stats in all_stats:
        name = stats.path.relative_to(locale_dir)
        print(
            f"{name}: {stats.translated} translated, {stats.fuzzy} fuzzy, "
            f"{stats.untranslated} untranslated, {stats.obsolete} obsolete"
        )
        for previous, current in stats.fuzzy_entries:
            print(f"    fuzzy: was {previous!r}\n           now {current!r}")
    done = sum(s.translated for s in all_stats)
    total = sum(s.total for s in all_stats)
    fuzzy = sum(s.fuzzy for s in all_stats)
    untranslated = sum(s.untranslated for s in all_stats)
    share = 100 * done / total if total else 100.0
    print(
        f"{language}: {done} of {total} messages translated ({share:.1f}%), "
        f"{fuzzy} fuzzy, {untranslated} untranslated, in {len(all_stats)} catalogs"
    )
    return 0 if done == total else 1


if __name__ == "__main__":
    raise SystemExit(main())

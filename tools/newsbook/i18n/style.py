"""The English edition's house style, checked (``docs/locale/en/STYLE.md``).

What a machine can check of an English catalog, each failure located at its
catalog file and line:

- one spelling variant: American (no ``organisation``, ``towards``);
- no translationese from the banned list (quotation marks around a name,
  "-scale" after an amount, a dangling "such as" …);
- each glossary term named by its English name wherever the Japanese uses it;
- every figure of the Japanese carried over (600万ドル is "$6 million");
- no number of nine or more digits where a reader expects words.

The last check reads every catalog; the others read the catalogs translators
write (the generated pages' catalogs copy their sentences).

``python -m newsbook.i18n.style docs/locale en`` prints the failures and exits
1 if there are any; ``make check-translations`` runs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from babel.messages.pofile import read_po

from newsbook.i18n.check import Problem, glossary_terms, locale_arguments
from newsbook.i18n.translate import GENERATED_FOLDERS

#: British spellings and their American forms (the edition's variant).
BRITISH = {
    r"organis(e|es|ed|ing|ation|ations|ational)": "organiz…",
    r"recognis(e|es|ed|ing)": "recogniz…",
    r"realis(e|es|ed|ing)": "realiz…",
    r"emphasis(e|es|ed|ing)": "emphasiz…",
    r"analys(e|ed|ing)": "analyz…",
    r"centre(s|d)?": "center",
    r"colour(s|ed|ful)?": "color",
    r"behaviour(s|al)?": "behavior",
    r"favour(s|ed|able|ite|ites)?": "favor",
    r"labour": "labor",
    r"towards": "toward",
    r"catalogue(s|d)?": "catalog",
    r"programme(s)?": "program",
    r"modelling|modelled": "modeling, modeled",
    r"travell(ed|ing|er|ers)": "travel…",
    r"labell(ed|ing)": "label…",
    r"licence": "license",
    r"defence": "defense",
}
_BRITISH = [
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), us) for pattern, us in BRITISH.items()
]

#: Translationese: what a calque looks like, and what to write instead.
BANNED = (
    (
        r"(?<![\w$¥])[$¥][\d.,]+(?: (?:thousand|million|billion|trillion))?-scale\b",
        "an amount with '-scale': write the amount ('a $500 billion project')",
    ),
    (r"\bsuch as\s*(?:[.,;:)]|$)", "a dangling 'such as': name the examples or drop it"),
    (r"\band so on\b|\betc\.", "'and so on' / 'etc.': name what is meant or drop it"),
    (r"US[–-]Soviet [^.]*\bof the Soviet era\b", "'of the Soviet era' repeats 'US–Soviet'"),
    (r"\bfor \w+ (?:years|months) running\b", "'for N years running' (a calque of 〜連続)"),
    (r"\bit can be said that\b|\bit is said that\b", "'it can be said that' (〜と言える): say it"),
    (r"\bcreated by the [^)]*editorial", "a credit reads '(Chart: … editorial team)'"),
    (
        r"\b\d{1,2}(?:[–-]\d{1,2})? (?:January|February|March|April|May|June|July|August"
        r"|September|October|November|December)\b",
        "a date in British order: write January 27, 2025",
    ),
)
_BANNED = [(re.compile(pattern, re.IGNORECASE), why) for pattern, why in BANNED]

#: One capitalised word in quotation marks: a name (「DeepSeek」) or a label ("Summary").
_QUOTED_WORD = re.compile(r"(?<![\w\"])\"([A-Z0-9][\w.+-]*)\"(?![\w\"])")


def _quoted_names(text: str) -> list[str]:
    """Names in quotation marks: a word with a digit (R1), an inner capital
    (DeepSeek) or one English seldom uses (Stargate); not a label ("Summary")."""
    import wordfreq

    return [
        word
        for word in _QUOTED_WORD.findall(text)
        if re.search(r"\d|[a-z][A-Z]", word) or wordfreq.zipf_frequency(word, "en") < 3.2
    ]


#: Nine or more digits in a row (commas allowed): a reader expects million, 億.
_LONG_NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<!\d)\d{9,}")

_JA_SCALES = {"万": 1e4, "億": 1e8, "兆": 1e12}
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_JA_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(兆|億|万)?")
_EN_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)(?:\s*(?:-| )?(thousand|million|billion|trillion))?", re.IGNORECASE
)
_WORDS = {
    w: n
    for n, words in enumerate(
        (
            ("zero",),
            ("one", "first", "once", "single", "a", "an", "per", "each"),
            ("two", "second", "twice", "both"),
            ("three", "third"),
            ("four", "fourth"),
            ("five", "fifth"),
            ("six", "sixth"),
            ("seven", "seventh"),
            ("eight", "eighth"),
            ("nine", "ninth"),
            ("ten", "tenth"),
            ("eleven",),
            ("twelve",),
        )
    )
    for w in words
}
_MONTHS = {
    m: n
    for n, m in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split(),
        start=1,
    )
}
_EN_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
#: 2025.01.25 and 2025/1/25: a date, not a decimal.
_DOTTED_DATE = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_FULLWIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def japanese_values(text: str) -> list[float]:
    """The figures a Japanese message states: 600万 is 6,000,000; 1兆2000億 one value."""
    text = _DOTTED_DATE.sub(r"\1年\2月\3日", text.translate(_FULLWIDTH))
    values: list[float] = []
    joined, previous_end = False, -1
    for match in _JA_NUMBER.finditer(text):
        number = float(match.group(1).replace(",", ""))
        scale = _JA_SCALES.get(match.group(2) or "", 1)
        value = number * scale
        # 1兆2000億: the smaller part belongs to the larger one before it.
        if joined and values and match.start() == previous_end and value < values[-1]:
            values[-1] += value
        else:
            values.append(value)
        joined, previous_end = match.group(2) is not None, match.end()
    return values


def english_values(text: str) -> set[float]:
    """Every value an English message states, in figures, scale words or words."""
    found: set[float] = set()
    text = _DOTTED_DATE.sub(r"\1 \2 \3", text)
    for match in _EN_NUMBER.finditer(text):
        number = float(match.group(1).replace(",", ""))
        scale = _EN_SCALES.get((match.group(2) or "").lower(), 1)
        found.update({number, number * scale})
        if number >= 1900 and number < 2100 and number == int(number):
            found.add(number % 100)  # the '90s
    for word in _EN_WORD.findall(text):
        lowered = word.lower()
        if lowered in _WORDS:
            found.add(_WORDS[lowered])
        if lowered in _MONTHS:
            found.add(_MONTHS[lowered])
        if lowered in ("hundredth", "hundredths", "percent"):
            found.add(100)
        if lowered in ("dozen", "dozens"):
            found.add(12)
        if lowered in ("half", "halves"):
            found.update({2, 50})
        if lowered in ("quarter", "quarters"):
            found.update({4, 25})
        if lowered in _EN_SCALES:
            found.add(_EN_SCALES[lowered])
    return found


def missing_figures(original: str, translated: str) -> list[float]:
    found = english_values(translated)
    missing = []
    for value in japanese_values(original):
        # $6 million for 600万ドル; 5.6 for 5.6; 100 percent for 100%.
        if not any(abs(value - f) <= 1e-9 * max(1.0, abs(value)) for f in found):
            missing.append(value)
    return missing


def _number_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def _mentions_term(original: str, spellings: Iterable[str]) -> bool:
    return any(s in original for s in spellings)


def _names_term(translated: str, english: str) -> bool:
    # "open-source model" names "open source"; "reasoning models" names "reasoning model".
    flat = re.sub(r"[-‐]", " ", translated).lower()
    name = re.sub(r"[-‐]", " ", english).lower()
    # "repositories" names "repository".
    plural = name[:-1] + "ies" if name.endswith("y") else name
    return name in flat or plural in flat


def style_problems(
    original: str,
    translated: str,
    terms: Mapping[str, tuple[str, tuple[str, ...]]],
    translator_written: bool = True,
) -> list[str]:
    """What breaks the house style in one entry; ``terms``: name -> (English, spellings)."""
    problems = []
    for pattern, american in _BRITISH:
        for match in pattern.finditer(translated):
            problems.append(f"British spelling {match.group(0)!r}: write {american}")
    for match in _LONG_NUMBER.finditer(translated):
        problems.append(f"{match.group(0)} in digits: write it with million, billion or trillion")
    if not translator_written:
        return problems
    for pattern, why in _BANNED:
        if pattern.search(translated):
            problems.append(f"translationese: {why}")
    for name in _quoted_names(translated):
        problems.append(f"translationese: the name {name} in quotation marks (「」): drop them")
    for name, (english, spellings) in terms.items():
        latin = [s for s in spellings if s.isascii() and s in original and s in translated]
        if (
            _mentions_term(original, spellings)
            and not latin
            and not _names_term(translated, english)
        ):
            problems.append(f"the term {name} is {english!r} in the English edition")
    missing = missing_figures(original, translated)
    if missing:
        shown = ", ".join(_number_text(v) for v in missing)
        problems.append(f"figure missing from the translation: {shown}")
    return problems


def check_style(
    locale_dir: Path, language: str, terms: Mapping[str, tuple[str, tuple[str, ...]]]
) -> list[Problem]:
    folder = locale_dir / language / "LC_MESSAGES"
    problems = []
    for path in sorted(folder.rglob("*.po")):
        generated = path.relative_to(folder).parts[0] in GENERATED_FOLDERS
        with path.open("rb") as source:
            catalog = read_po(source, locale=language)
        for message in catalog:
            if not message.id or not message.string:
                continue
            for problem in style_problems(
                str(message.id), str(message.string), terms, translator_written=not generated
            ):
                problems.append(
                    Problem(path, message.lineno, f"{problem} (msgid {str(message.id)[:50]!r})")
                )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    locale_dir, language, seeds = locale_arguments(argv)
    problems = check_style(locale_dir, language, glossary_terms(seeds))
    for problem in problems:
        print(problem.format())
    print(f"{len(problems)} house-style problems in the {language} catalogs")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

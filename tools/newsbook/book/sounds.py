"""How a name sounds, roughly: its consonants, to tell that a Latin name and a
katakana one are the same (NewKerala and ニュー・ケララ, TheJakartaPost and
ジャカルタポスト).

Both spellings are reduced to classes of consonants that katakana keeps apart
(r and l are one class, so are b, p and v); vowels, w, y and the long-vowel
mark are left out. Equal skeletons of four classes or more are taken for one
name; shorter ones say too little.

Why our own: romanizers on PyPI (pykakasi, cutlet) go from kana to one Latin
spelling, while English names are spelt many ways; comparing consonant classes
is a few lines and needs no dictionary.
"""

from __future__ import annotations

import re

#: The fewest consonants that make a match mean something.
LEAST_CONSONANTS = 4

_KANA_ROWS = {
    "K": "カキクケコガギグゲゴ",
    "S": "サシスセソザジズゼゾ",
    "T": "タチツテトダヂヅデド",
    "N": "ナニヌネノン",
    "H": "ハヒフヘホ",
    "P": "バビブベボパピプペポヴ",
    "M": "マミムメモ",
    "R": "ラリルレロ",
}
_KANA_CLASS = {kana: cls for cls, row in _KANA_ROWS.items() for kana in row}

# Latin letters and pairs, longest first; a letter not here (vowels, w, y) is silent.
_LATIN_SOUNDS = (
    ("sch", "S"), ("ch", "T"), ("sh", "S"), ("th", "S"), ("ph", "H"), ("ck", "K"),
    ("gh", ""),
    ("b", "P"), ("c", "K"), ("d", "T"), ("f", "H"), ("g", "K"), ("h", "H"), ("j", "S"),
    ("k", "K"), ("l", "R"), ("m", "M"), ("n", "N"), ("p", "P"), ("q", "K"), ("r", "R"),
    ("s", "S"), ("t", "T"), ("v", "P"), ("x", "KS"), ("z", "S"),
)  # fmt: skip
_DOUBLED = re.compile(r"([a-z])\1")
_ARTICLE = re.compile(r"^the(?=[a-z]{4})")


def katakana_consonants(name: str) -> str:
    """ニュー・ケララ -> NKRR."""
    return "".join(_KANA_CLASS.get(c, "") for c in name)


def latin_consonants(name: str) -> str:
    """NewKerala -> NKRR; a leading "The" and doubled letters count once."""
    text = _ARTICLE.sub("", _DOUBLED.sub(r"\1", name.lower().replace(" ", "")))
    out = []
    i = 0
    while i < len(text):
        if text[i] == "c" and text[i + 1 : i + 2] in ("e", "i", "y"):
            out.append("S")  # ce, ci, cy: a soft c
            i += 1
            continue
        for letters, sound in _LATIN_SOUNDS:
            if text.startswith(letters, i):
                out.append(sound)
                i += len(letters)
                break
        else:
            i += 1  # a vowel, w or y
    return "".join(out)

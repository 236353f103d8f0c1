"""Every kind of message is a documented ``newsbook.<code>`` warning that
``suppress_warnings`` silences alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, make_book, sphinx_build
from newsbook.core.diagnostics import Code

ARTICLE = "同じ題名\n本文の一文目です。二文目です。\n".encode()
# One tiny book that triggers every warning once.
BAD_BOOK = {
    "good.txt": ARTICLE,
    "twin.txt": ARTICLE,  # duplicate title
    "empty.txt": b"",  # seed
    "good.toml": b"titel = 1\n",  # override
    "_aliases.toml": b"[entity.x]\nname = \n",  # aliases
    "_facts.toml": b"[[date]]\narticle = 1\n",  # facts
    "_terms.toml": '[[term]]\nname = "存在しない"\n'.encode(),  # terms
    "_book.toml": b"title = \n",  # settings
    # notes: a phrase in no sentence
    "_notes.toml": '[[note]]\narticle = "good"\nsentence = "ない句"\nja = "注。"\n'.encode(),
}
WARNINGS = [c for c in Code if c not in (Code.BOILERPLATE, Code.WRAP)]  # those two are info


@pytest.mark.parametrize("code", WARNINGS, ids=str)
def test_suppress_warnings_silences_one_kind_and_only_it(tmp_path: Path, code: Code) -> None:
    docs = make_book(tmp_path, BAD_BOOK)
    with (docs / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f'\nsuppress_warnings = ["newsbook.{code.value}"]\n')
    build = sphinx_build(docs, "html", "--keep-going")
    assert f"[newsbook.{code.value}]" not in build.output
    for other in WARNINGS:
        if other is not code:
            assert f"[newsbook.{other.value}]" in build.output, other


def test_every_warning_code_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in Code:
        assert f"`newsbook.{code.value}`" in readme

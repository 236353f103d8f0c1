"""render.escape / render.inline: article text reaches the page as literal text."""

import html
import re

import pytest
from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.mdit import create_md_parser

from newsbook.analyse.metadata import find_urls
from newsbook.render.markup import escape, inline

# MyST's own parser, with the syntax extensions a book might switch on.
MYST = create_md_parser(
    MdParserConfig(
        enable_extensions={
            "amsmath",
            "attrs_block",
            "attrs_inline",
            "colon_fence",
            "deflist",
            "dollarmath",
            "fieldlist",
            "html_image",
            "strikethrough",
            "substitution",
            "tasklist",
        }
    ),
    RendererHTML,
)
PLAIN_PARAGRAPH = re.compile(r"<p>([^<]*)</p>\n")
PLAIN_LIST_ITEM = re.compile(r"<ul>\n<li>([^<]*)</li>\n</ul>\n")
AUTOLINK = re.compile(r'<a href="([^"<>]*)">\1</a>')


def rendered_text(markdown: str, shape: re.Pattern = PLAIN_PARAGRAPH) -> str:
    """The text of the one plain block of ``shape`` (autolinks read as their URL),
    or the whole HTML when the markdown rendered as anything else."""
    out = MYST.render(markdown)
    plain = shape.fullmatch(AUTOLINK.sub(r"\1", out))
    return html.unescape(plain.group(1)) if plain else out


HOSTILE = [
    pytest.param("```{include} /etc/passwd```", id="include-directive"),
    pytest.param("{eval-rst}", id="eval-rst"),
    pytest.param("<script>alert(1)</script>", id="html-script"),
    pytest.param("(label)=", id="target"),
    pytest.param("$$x$$", id="display-math"),
    pytest.param("$x$ と $y$", id="inline-math"),
    pytest.param("{{ x }}", id="substitution"),
    pytest.param("# 見出し", id="atx-heading"),
    pytest.param("| a | b |", id="table-row"),
    pytest.param(":::{note}", id="colon-fence"),
    pytest.param("1. 項目", id="ordered-list"),
    pytest.param("2) 項目", id="ordered-list-paren"),
    pytest.param("- 項目", id="bullet-list"),
    pytest.param("+ 項目", id="plus-list"),
    pytest.param("> 引用", id="block-quote"),
    pytest.param("---", id="thematic-break"),
    pytest.param("% comment", id="comment"),
    pytest.param("&amp;", id="entity"),
    pytest.param("[link](http://x)", id="link"),
    pytest.param("*強調*と_下線_", id="emphasis"),
    pytest.param("{ref}`x <y>`", id="role"),
    pytest.param(":field: body", id="field-list"),
    pytest.param("~~消す~~", id="strikethrough"),
    pytest.param("[^1]", id="footnote-ref"),
    pytest.param("a\\b", id="backslash"),
]


@pytest.mark.parametrize(
    ("markdown", "shape"),
    [
        pytest.param("# 見出し", PLAIN_PARAGRAPH, id="heading"),
        pytest.param("```{include} /etc/passwd```", PLAIN_PARAGRAPH, id="code-span"),
        pytest.param("*強調*", PLAIN_PARAGRAPH, id="emphasis"),
        pytest.param("- 1. 項目", PLAIN_LIST_ITEM, id="nested-list"),
    ],
)
def test_the_check_detects_interpreted_markup(markdown, shape):
    text = markdown.removeprefix("- ")
    assert rendered_text(markdown, shape) != text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_literally(text):
    assert rendered_text(escape(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_literally_as_a_list_item(text):
    assert rendered_text("- " + inline(text), PLAIN_LIST_ITEM) == text


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        pytest.param(
            "詳細はhttps://www.deepseek.com/を参照。",
            "詳細は<https://www.deepseek.com/>を参照。",
            id="url-inside-japanese",
        ),
        pytest.param(
            "https://a.jp/x と https://b.jp/y",
            "<https://a.jp/x> と <https://b.jp/y>",
            id="two-urls",
        ),
        pytest.param("URLなし", "URLなし", id="no-url"),
    ],
)
def test_inline_turns_urls_into_autolinks(text, markdown):
    # The URLs come from the analysed article (its found_urls); here found the same way.
    assert inline(text, find_urls(text)) == markdown


@pytest.mark.parametrize(
    ("text", "url"),
    [
        pytest.param(
            "(https://github.com/deepseek-ai)で", "https://github.com/deepseek-ai", id="paren"
        ),
        pytest.param("# https://a.jp/x_y*z* を見よ", "https://a.jp/x_y*z*", id="markup-around"),
    ],
)
def test_inline_links_the_url_and_keeps_the_text_literal(text, url):
    out = MYST.render(inline(text, find_urls(text)))
    assert re.findall(r'<a href="([^"]*)">', out) == [url]
    assert html.unescape(re.sub(r"<[^>]+>", "", out)).strip() == text

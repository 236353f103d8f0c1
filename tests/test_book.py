"""The Japanese HTML book, built by Sphinx from the real seeds, as a reader and an editor see it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from conftest import SEEDS, Build, make_book, reader_fragments, sphinx_build
from newsbook.analyse.decode import decode_bytes
from newsbook.analyse.structure import recover_structure

SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_book_builds_with_zero_warnings(book: tuple[Path, Build]) -> None:
    _, build = book
    assert build.returncode == 0, build.output
    assert build.warnings == []


def test_front_page_lists_every_article(book: tuple[Path, Build]) -> None:
    _, build = book
    front = (build.outdir / "index.html").read_text(encoding="utf-8")
    for seed_id in SEED_IDS:
        assert f'href="articles/{seed_id}.html"' in front


def test_every_sentence_of_every_seed_is_on_its_page_in_order(book: tuple[Path, Build]) -> None:
    """Each sentence of the decoded seed is on the page where a reader looks
    for it: the title in the page's heading, the byline in the metadata box,
    every other line in the body, in the seed's order. Only the site
    boilerplate the build reports as dropped is absent."""
    _, build = book
    missing = []
    for seed_id in SEED_IDS:
        docname = f"articles/{seed_id}"
        text = decode_bytes((SEEDS / f"{seed_id}.txt").read_bytes()).text
        structure = recover_structure(text)
        title = build.page_text(docname, f"article-{seed_id}")
        metadata = build.page_text(docname, f"article-{seed_id}-metadata")
        body = build.page_text(docname, f"article-{seed_id}-body")
        skipped = {line.number for line in structure.dropped}
        position = 0
        for number, line in enumerate(text.split("\n"), start=1):
            if number in skipped:
                assert f"{seed_id}.txt:{number}: dropped site boilerplate" in build.output
                continue
            for fragment in reader_fragments(line):
                if structure.title and number == structure.title.number:
                    found = fragment in title
                elif number in {line.number for line in structure.byline}:
                    found = fragment in metadata
                else:
                    found = (index := body.find(fragment, position)) >= 0
                    position = index + len(fragment) if found else position
                if not found:
                    missing.append((seed_id, number, fragment))
    assert missing == []


def test_every_article_page_shows_summary_keywords_metadata_and_body(
    book: tuple[Path, Build],
) -> None:
    _, build = book
    for seed_id in SEED_IDS:
        page = build.page_text(f"articles/{seed_id}")
        for section in ("要約", "キーワード", "記事情報", "本文", "出典", "著者", "読了時間"):
            assert section in page, (seed_id, section)


def test_article_without_a_title_line_gets_a_generated_title(book: tuple[Path, Build]) -> None:
    _, build = book
    assert re.search(
        r"タイトルの由来:\s*自動生成", build.page_text("articles/02-silicon-valley-reaction")
    )
    assert re.search(
        r"タイトルの由来:\s*本文の1行目", build.page_text("articles/01-open-source-strategy")
    )


def test_unknown_facts_say_unknown(book: tuple[Path, Build]) -> None:
    _, build = book
    # No seed states its publication date.
    assert re.search(r"公開日:\s*不明", build.page_text("articles/01-open-source-strategy"))


def test_headings_have_ascii_anchors(book: tuple[Path, Build]) -> None:
    _, build = book
    source = (build.outdir / "articles/04-research-memo-dark-horse.html").read_text("utf-8")
    assert 'id="article-04-research-memo-dark-horse-summary"' in source
    headings = re.findall(
        r'<section id="(article-04-research-memo-dark-horse-h-[0-9a-f]{8})">', source
    )
    assert len(headings) >= 6
    # The article's own 目次 links to its headings.
    for heading in headings[1:4]:
        assert f'href="#{heading}"' in source


def test_second_build_with_nothing_changed_rebuilds_no_page(book: tuple[Path, Build]) -> None:
    docs, _ = book
    again = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert again.returncode == 0, again.output
    assert "0 added, 0 changed, 0 removed" in again.output
    assert "no targets are out of date" in again.output


def test_changed_seed_rebuilds_only_its_page(tmp_path: Path) -> None:
    docs = make_book(tmp_path, SEEDS)
    assert sphinx_build(docs, "html", "-nW").returncode == 0
    seed = tmp_path / "seeds" / "05-open-source-week.txt"
    seed.write_text(seed.read_text("utf-8") + "\n追記の一文です。\n", encoding="utf-8")
    again = sphinx_build(docs, "html", "-nW")
    assert "0 added, 1 changed, 0 removed" in again.output
    assert "追記の一文です。" in again.page_text("articles/05-open-source-week")


HOSTILE_LINES = [
    "```{include} /etc/passwd",
    "```",
    "{eval-rst}",
    "<script>alert('x')</script>",
    "(injected-label)=",
    "$$E=mc^2$$",
    "{{ secret }}",
    "# 見出しではない行",
    "| a | b |",
    "|---|---|",
    ":::{note}",
    "[リンク](https://example.com)",
    "% コメントではない",
]


def test_markup_in_article_text_renders_as_literal_text(tmp_path: Path) -> None:
    article = "テスト記事の題名\n" + "\n".join(
        f"本文の段落{i}です。{line}" if i % 2 else line for i, line in enumerate(HOSTILE_LINES)
    )
    # Short lines would be taken for headings; the override keeps them paragraphs,
    # where MyST would otherwise read them as blocks of markup.
    not_headings = ", ".join(f"'{line}'" for line in HOSTILE_LINES[::2])
    docs = make_book(
        tmp_path,
        {
            "hostile.txt": article.encode("utf-8"),
            "hostile.toml": f"not_headings = [{not_headings}]\n".encode(),
        },
    )
    build = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert build.returncode == 0, build.output
    page = build.page_text("articles/hostile")
    html = (build.outdir / "articles/hostile.html").read_text("utf-8")
    for i, line in enumerate(HOSTILE_LINES):
        expected = f"本文の段落{i}です。{line}" if i % 2 else line
        assert expected in page
    assert "<script>alert" not in html
    assert 'id="injected-label"' not in html
    assert "root:" not in page


def test_bad_seeds_are_reported_and_the_rest_of_the_book_builds(tmp_path: Path) -> None:
    good = (SEEDS / "05-open-source-week.txt").read_bytes()
    docs = make_book(
        tmp_path,
        {
            "good.txt": good,
            "empty.txt": b"",
            "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # NUL on line 3
            "undecodable.txt": "一行目\n".encode() + b"\x80\xff\xfe\n",
        },
    )
    build = sphinx_build(docs, "html", "-nW", "--keep-going")
    assert build.returncode != 0  # warnings are errors: the failure is not hidden
    assert "seeds/empty.txt:1: WARNING: empty file" in build.output
    assert "seeds/binary.txt:3: WARNING: binary data" in build.output
    assert "seeds/undecodable.txt:2: WARNING: not UTF-8" in build.output
    assert "[newsbook.seed]" in build.output
    assert "追記" not in build.output
    assert (build.outdir / "articles/good.html").exists()
    assert not (build.outdir / "articles/empty.html").exists()


def test_pages_do_not_depend_on_the_folder_the_build_runs_from(tmp_path: Path) -> None:
    docs = make_book(tmp_path, SEEDS)
    assert sphinx_build(docs, "html", "-nW").returncode == 0
    page = docs / "articles" / "01-open-source-strategy.md"
    before = page.read_bytes()
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-nW", ".", "_build/other"],
        cwd=docs,
        check=True,
        capture_output=True,
    )
    assert page.read_bytes() == before
    assert b"seeds/01-open-source-strategy.txt" in before


def test_dropped_boilerplate_is_reported_in_the_build_log(book: tuple[Path, Build]) -> None:
    _, build = book
    assert "seeds/03-nvidia-market-shock.txt:1: dropped site boilerplate 'Topics'" in build.output
    assert "seeds/03-nvidia-market-shock.txt:2: dropped site boilerplate 'Report'" in build.output


def test_front_page_opens_with_the_overview_quoting_and_linking_articles(
    book: tuple[Path, Build],
) -> None:
    _, build = book
    front = build.page_text("index")
    source = (build.outdir / "index.html").read_text(encoding="utf-8")
    assert "この本の要点" in front
    # Each key point is a sentence of an article, followed by links to where it is told.
    assert "創業からまだ2年足らずの中国AIスタートアップDeepSeek" in front
    assert re.search(
        r'href="articles/01-open-source-strategy.html#article-01-[a-z0-9-]+-p-', source
    )


def test_every_article_page_links_to_its_entities_terms_and_related_articles(
    book: tuple[Path, Build],
) -> None:
    _, build = book
    for seed_id in SEED_IDS:
        source = (build.outdir / f"articles/{seed_id}.html").read_text(encoding="utf-8")
        assert 'href="../book/entities.html#entity-' in source, seed_id
        assert 'href="../book/glossary.html#term-' in source, seed_id
        related = source.split('id="article-', 1)[1].split(f"{seed_id}-related", 1)[1]
        assert re.search(r'href="\d\d-[a-z-]+\.html"', related.split("</table>")[0]), seed_id


def test_one_person_under_three_spellings_is_one_entity(book: tuple[Path, Build]) -> None:
    _, build = book
    entities = (build.outdir / "book/entities.html").read_text(encoding="utf-8")
    section = entities.split('id="entity-liang-wenfeng"', 1)[1].split("<section", 1)[0]
    for spelling in ("梁文峰", "Liang Wenfeng", "リャン・ウェンフォン"):
        assert spelling in section
    # Its mentions link back to paragraphs of the articles that name it.
    assert (
        'href="../articles/01-open-source-strategy.html#article-01-open-source-strategy-p-'
        in section
    )
    assert 'href="../articles/02-silicon-valley-reaction.html#article-02-' in section
    assert entities.count('id="entity-liang-wenfeng"') == 1


def test_glossary_defines_terms_with_quoted_linked_sentences(book: tuple[Path, Build]) -> None:
    _, build = book
    glossary = build.page_text("book/glossary")
    for term in ("推論モデル", "大規模言語モデル", "MoE", "オープンソース", "蒸留", "輸出規制"):
        assert term in glossary
    source = (build.outdir / "book/glossary.html").read_text(encoding="utf-8")
    assert 'href="../articles/05-open-source-week.html#article-05-open-source-week-p-' in source


def test_general_index_is_grouped_by_japanese_reading(book: tuple[Path, Build]) -> None:
    _, build = book
    index = (build.outdir / "genindex.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2>([^<]+)</h2>", index)
    kana = [h for h in headings if h in "あかさたなはまやらわ"]
    assert kana == sorted(kana, key="あかさたなはまやらわ".find) and len(kana) >= 8
    section_of = {}
    for heading, body in re.findall(r"<h2>([^<]+)</h2>(.*?)(?=<h2>|$)", index, re.S):
        for name in ("訓練コスト", "推論モデル", "梁文峰", "大規模言語モデル"):
            if f">{name}</a>" in body or f">{name}</strong>" in body:
                section_of[name] = heading
    assert section_of == {
        "訓練コスト": "か",
        "推論モデル": "さ",
        "梁文峰": "ら",
        "大規模言語モデル": "た",
    }


def test_sources_page_lists_publishers_and_urls_with_their_articles(
    book: tuple[Path, Build],
) -> None:
    _, build = book
    source = (build.outdir / "book/sources.html").read_text(encoding="utf-8")
    assert 'href="https://www.wsj.com/tech/ai/china-deepseek-ai-nvidia-openai-02bdbbce"' in source
    assert 'href="../articles/03-nvidia-market-shock.html"' in source


def test_the_picture_draws_japanese_labels_as_text(book: tuple[Path, Build]) -> None:
    _, build = book
    graph = (build.outdir / "book/graph.html").read_text(encoding="utf-8")
    svg_name = re.search(r"(graphviz-[0-9a-f]+\.svg)", graph)
    assert svg_name, "the graph page embeds an SVG picture"
    svg = ElementTree.parse(build.outdir / "_images" / svg_name.group(1))
    texts = {el.text for el in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"梁文峰", "中国", "NVIDIA"} <= texts  # text a reader can select and search
    fonts = {el.get("font-family") for el in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert fonts == {"Noto Sans CJK JP"}


def test_timeline_lists_the_story_in_order_with_its_sources(book: tuple[Path, Build]) -> None:
    _, build = book
    timeline = build.page_text("book/timeline")
    dates = [
        "2024年初頭",
        "2024年末",
        "2025年1月20日",
        "2025年1月27日",
        "2025年2月10〜11日",
        "2025年12月上旬",
    ]
    positions = [timeline.find(d) for d in dates]
    assert -1 not in positions and positions == sorted(positions), positions
    source = (build.outdir / "book/timeline.html").read_text(encoding="utf-8")
    # R1's release is reported by two articles: one row cites both.
    row = source.split("2025年1月20日", 2)[2].split("</tr>", 1)[0]
    assert "articles/01-open-source-strategy.html#article-01" in row
    assert "articles/02-silicon-valley-reaction.html#article-02" in row
    assert re.search(r"graphviz-[0-9a-f]+\.svg", source)


def test_figures_page_and_both_articles_show_the_training_cost_disagreement(
    book: tuple[Path, Build],
) -> None:
    _, build = book
    figures = build.page_text("book/figures")
    warning = figures.split("数字の食い違い", 1)[1].split("時価総額の減少", 1)[0]
    assert "600万ドル" in warning and "6万ドル以上" in warning and "100 倍" in warning
    for seed_id in ("03-nvidia-market-shock", "04-research-memo-dark-horse"):
        page = build.page_text(f"articles/{seed_id}")
        assert "数字の食い違い" in page and "6万ドル以上" in page, seed_id
    for seed_id in ("01-open-source-strategy", "02-silicon-valley-reaction"):
        assert "数字の食い違い" not in build.page_text(f"articles/{seed_id}")


def test_market_loss_figures_are_grouped_without_a_false_alarm(book: tuple[Path, Build]) -> None:
    _, build = book
    figures = build.page_text("book/figures")
    market = figures.split("時価総額の減少", 1)[1].split("投資額", 1)[0]
    for figure in ("90兆円", "100兆円近く", "約92兆円"):
        assert figure in market
    disagreements = figures.split("記事どうしの食い違い", 1)[1].split("時価総額の減少 ", 1)[0]
    assert disagreements.count("数字の食い違い") == 1  # the training cost, nothing else
    assert "時価総額の減少（" not in disagreements


def test_a_published_build_has_source_links_cards_and_a_sitemap(tmp_path: Path) -> None:
    # A fresh build, as Read the Docs makes it (sphinx-sitemap lists only the pages
    # a build writes, so an incremental local rebuild has a partial sitemap).
    docs = make_book(tmp_path, SEEDS)
    build = sphinx_build(
        docs, "html", "-nW", "-D", "newsbook_repository=https://github.com/example/newsbook"
    )
    assert build.returncode == 0, build.output
    page = (build.outdir / "articles/05-open-source-week.html").read_text(encoding="utf-8")
    assert (
        'href="https://github.com/example/newsbook/edit/main/seeds/05-open-source-week.txt"' in page
    )
    glossary = (build.outdir / "book/glossary.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example/newsbook/edit/main/seeds/_terms.toml"' in glossary
    # "View/edit the source" leads editors to the seed, not the generated page.
    assert (
        'href="https://github.com/example/newsbook/edit/main/seeds/05-open-source-week.txt"' in page
    )
    glossary = (build.outdir / "book/glossary.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example/newsbook/edit/main/seeds/_terms.toml"' in glossary
    # OpenGraph cards for shared links, and a sitemap of every page.
    assert '<meta property="og:title" content="DeepSeek「Open Source Week」' in page
    assert re.search(r'<meta property="og:image" content="[^"]+/_static/card\.png"', page)
    sitemap = (build.outdir / "sitemap.xml").read_text(encoding="utf-8")
    for seed_id in SEED_IDS:
        assert f"articles/{seed_id}.html</loc>" in sitemap

"""Every UI string of the generated pages, defined once and apart from article data.

Rendering never puts these in the same paragraph, list item or field as
article text, so each is a message of its own in the translation catalogs.
Templates take numbers rendered from data (``{n}``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UiStrings:
    # Article pages
    summary: str = "要約"
    keywords: str = "キーワード"
    metadata: str = "記事情報"
    body: str = "本文"
    related: str = "関連記事"
    section_point: str = "この節の要点"
    related_article: str = "記事"
    related_shared: str = "共通の人物・組織・用語"
    no_related: str = "この記事と人物・組織・用語を共有する記事はありません。"
    title_origin: str = "タイトルの由来"
    source: str = "出典"
    author: str = "著者"
    byline: str = "署名欄"
    published: str = "公開日"
    dates: str = "本文中の日付"
    urls: str = "参照URL"
    char_count: str = "文字数"
    reading_time: str = "読了時間"
    seed_file: str = "元ファイル"
    encoding: str = "文字コード"
    terms_in_article: str = "用語"
    unknown: str = "不明"
    list_separator: str = "、"
    none: str = "なし"
    chars: str = "{n:,}字"
    minutes: str = "約{n}分"
    origin_text: str = "本文の1行目"
    origin_generated: str = "自動生成"
    origin_override: str = "編集者の指定"
    # Entity kinds (headings on the entities page, fields on article pages)
    kind_person: str = "人物"
    kind_organization: str = "組織"
    kind_product: str = "製品・モデル"
    kind_place: str = "地名"
    # Whole-book pages
    overview_intro: str = (
        "各記事の要約から、複数の記事が伝える点を先に並べています。"
        "引用の後に、その点を伝える記事と段落へのリンクがあります。"
    )
    entities_title: str = "人物・組織・製品・地名"
    entities_intro: str = (
        "記事に登場する固有名詞を種類別に並べています。"
        "表記の異なる同じ名前は一つにまとめています。"
        "各段落へのリンクは、その名前が出てくる段落を開きます。"
    )
    spellings: str = "表記と読み"
    # After the articles listed for a name that very many articles mention.
    more_articles: str = "ほか{count}件の記事にも出てきます（検索で探せます）。"
    reading: str = "読み"
    articles: str = "記事"
    glossary_title: str = "用語集"
    glossary_intro: str = (
        "記事に出てくる技術用語です。"
        "定義は記事からの引用で、引用元の段落にリンクしています。"
        "本文では各記事での最初の出現が用語集にリンクしています。"
    )
    sources_title: str = "出典一覧"
    sources_intro: str = (
        "記事が出典として挙げる媒体と参照URLを、それを挙げる記事とともに並べています。"
    )
    publishers: str = "媒体"
    url: str = "URL"
    graph_title: str = "記事と固有名詞の関係図"
    graph_intro: str = (
        "二つ以上の記事に登場する人物・組織・製品・地名と、それを挙げる記事を線で結んでいます。"
        "記事の箱をクリックするとその記事を開きます。"
    )
    graph_caption: str = "記事（四角）と、複数の記事に登場する固有名詞（楕円）"
    paragraph_mark: str = "¶{n}"
    article_number: str = "記事{n}"
    term_used_in: str = "使われている記事"
    title_mark: str = "題名"
    references_mark: str = "参考文献"
    # Timeline and figures
    timeline_title: str = "年表"
    timeline_intro: str = (
        "記事に書かれた日付を、書かれた精度のまま（日・月・上旬・年末・年）並べています。"
        "年が書かれていない日付は記事の文脈から補い、「推定」と記しています。"
        "複数の記事が同じ出来事を伝える場合は一つの行にまとめ、すべての記事を出典に挙げています。"
    )
    timeline_caption: str = "出来事の流れ（上から下へ）"
    date: str = "日付"
    event: str = "出来事（記事からの引用）"
    cited_in: str = "出典"
    inferred_date: str = "{date}（推定）"
    no_events: str = "日付のある出来事は見つかりませんでした。"
    figures_title: str = "数字と食い違い"
    figures_intro: str = (
        "記事に出てくる単位つきの数字（金額・割合・件数・期間など）を、何を測る数字かで分けて並べています。"
        "何を測るかは、編集者が定めた量（seeds/_facts.toml）の語が数字のすぐ近くにあればその量、"
        "なければ数字が数えている名詞（「利用者は300万人」の利用者）で決めています。"
        "約・以上・近くといった言葉は幅として読み、編集者が定めた同じ量・同じ対象について二つの数字の幅が1.5倍を超えて離れているときだけ、"
        "食い違いとして示します。四捨五入の違い（90兆円と約92兆円と100兆円近く）は食い違いではありません。"
    )
    disagreements: str = "記事どうしの食い違い"
    no_disagreements: str = "食い違う数字は見つかりませんでした。"
    disagreement_title: str = "数字の食い違い"
    disagreement_text: str = (
        "{measure}（{subject}）について、記事によって数字が {factor} 倍ちがいます。"
    )
    disagreement_resolved: str = "編集者の確認"
    see_figures: str = "数字と食い違いの一覧"
    as_written: str = "表記"
    normalized: str = "正規化した値"
    subject: str = "対象"
    # Notes beside a sentence: an editor's (seeds/_notes.toml), or a slip the facts prove.
    note_title: str = "編集注"
    slips: str = "出典の誤りと思われる数字"
    no_slips: str = "本書のデータで誤りと示せる数字は見つかりませんでした。"
    slip_title: str = "出典の誤りの可能性"
    dated_apart: str = "日付の食い違い"
    dated_apart_text: str = "記事によって、同じ出来事の日付が{first}と{second}で食い違っています。"
    slip_text: str = (
        "この文の換算は1{unit}＝{rate}{converted}にあたります。本書のほかの換算{others}件は"
        "1{unit}＝約{book_rate}{converted}で、{factor}倍ずれています。原文の誤りと思われます。"
    )


JA = UiStrings()

EN = UiStrings(
    summary="Summary",
    keywords="Keywords",
    metadata="About this article",
    body="Article",
    related="Related articles",
    section_point="In this section",
    related_article="Article",
    related_shared="People, organizations and terms in common",
    no_related="No other article shares people, organizations or terms with this one.",
    title_origin="Title from",
    source="Source",
    author="Author",
    byline="Byline",
    published="Published",
    dates="Dates in the text",
    urls="Reference URLs",
    char_count="Length",
    reading_time="Reading time",
    seed_file="Source file",
    encoding="Encoding",
    terms_in_article="Terms",
    unknown="unknown",
    list_separator=", ",
    none="none",
    chars="{n:,} characters (Japanese)",
    minutes="about {n} min",
    origin_text="the first line of the text",
    origin_generated="generated",
    origin_override="the editor",
    kind_person="People",
    kind_organization="Organizations",
    kind_product="Products and models",
    kind_place="Places",
    overview_intro=(
        "Key points from the articles' summaries, those told by several articles first. "
        "After each quotation come links to the articles and paragraphs that tell it."
    ),
    entities_title="People, organizations, products and places",
    entities_intro=(
        "The names the articles mention, by kind. Different spellings of one name are merged "
        "into one entry. Each paragraph link opens a paragraph that names it."
    ),
    spellings="Name",
    more_articles="It is also in {count} more articles (search finds them).",
    reading="Reading",
    articles="Articles",
    glossary_title="Glossary",
    glossary_intro=(
        "The technical terms of the articles. Each definition is quoted from an article and "
        "links to the paragraph it comes from. In the text, each article links a term's first "
        "occurrence to its entry here."
    ),
    sources_title="Sources",
    sources_intro=(
        "The publishers and reference URLs the articles cite, with the articles citing them."
    ),
    publishers="Publishers",
    url="URL",
    graph_title="Articles and the names they share",
    graph_intro=(
        "Lines join each person, organization, product or place that two or more articles "
        "mention to those articles. Click an article's box to open it."
    ),
    graph_caption="Articles (boxes) and the names several articles mention (ellipses)",
    paragraph_mark="¶{n}",
    article_number="Article {n}",
    term_used_in="Used in",
    title_mark="title",
    references_mark="references",
    timeline_title="Timeline",
    timeline_intro=(
        "The dates in the articles, as precise as the articles give them (day, month, early or "
        "late in a month or year, year). A year the text leaves out is taken from the article's "
        "context and marked inferred. One event told by several articles is one row citing "
        "them all."
    ),
    timeline_caption="The course of events, from top to bottom",
    date="Date",
    event="Event (quoted from an article)",
    cited_in="Sources",
    inferred_date="{date} (inferred)",
    no_events="No dated events were found.",
    figures_title="Figures and disagreements",
    figures_intro=(
        "The figures with units in the articles (amounts of money, percentages, counts, "
        "durations), grouped by what they measure: a measure the editors defined "
        "(seeds/_facts.toml) when one of its words is right next to the figure, else the noun "
        'the figure counts (users in "3 million users"). Words such as about, over or nearly '
        "are read as ranges; two figures for the same editor-defined measure of the same "
        "subject are shown as a disagreement only when their ranges are more than a factor of "
        "1.5 apart. Rounding "
        "(¥90 trillion, about ¥92 trillion, nearly ¥100 trillion) is not a disagreement."
    ),
    disagreements="Where the articles disagree",
    no_disagreements="No conflicting figures were found.",
    disagreement_title="Conflicting figures",
    disagreement_text=(
        "The articles give figures {factor} times apart for the {measure} of {subject}."
    ),
    disagreement_resolved="Editor's note",
    see_figures="All figures and disagreements",
    as_written="As written",
    normalized="Value",
    subject="Subject",
    note_title="Editor's note",
    slips="Likely slips in the sources",
    no_slips="The book's data shows no figure to be a slip.",
    slip_title="A likely slip in the source",
    dated_apart="Events dated differently",
    dated_apart_text="The articles date the same event differently: {first} and {second}.",
    slip_text=(
        "This sentence converts at {rate} {converted} to the {unit}; the book's {others} other "
        "conversions work out at about {book_rate} {converted}, {factor} times apart. The "
        "source has probably slipped."
    ),
)

#: The UI strings of each edition.
STRINGS = {"ja": JA, "en": EN}

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
    overview: str = "この本の要点"
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
    spellings: str = "表記"
    reading: str = "読み"
    articles: str = "記事"
    mentions: str = "言及"
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


JA = UiStrings()

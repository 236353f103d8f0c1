/*
 * newsbook: Japanese queries for Sphinx's search page (see newsbook/search.py).
 *
 * Sphinx splits a query at non-letters only, so 推論モデル or 訓練コストが安い
 * is looked up as one token. Here a query is cut into content runs:
 * Intl.Segmenter (shipped by every current browser) separates the particles
 * and endings (が, の, を, ...) from the words around them, and adjacent
 * content segments are joined again (訓練|コスト → 訓練コスト), because the
 * index knows the compound as a reader writes it. Each run then matches a
 * page that holds it whole (an index term equal to or containing it), or,
 * ranked lower, a page that holds all the parts of one cut of the run into
 * index terms. The parts come from the index itself, that is from Sudachi,
 * so the browser never has to agree with Sudachi on where a word ends.
 *
 * This file is emitted inside language_data.js, after searchtools.js: it
 * replaces splitQuery and three methods of Sphinx's Search object, and keeps
 * Sphinx's page, result list, snippets, highlighting and Scorer values.
 */

const NewsbookSearch = (() => {
  const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]/u;
  // Particles and inflection endings: hiragana-only segments.
  const FUNCTION_WORD = /^[\p{Script=Hiragana}ー]+$/u;
  const NON_WORD = /[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu;
  // A page that holds only the parts of a run ranks below one holding the run.
  const PARTS_SCORE = 1;
  const segmenter =
    typeof Intl !== "undefined" && Intl.Segmenter
      ? new Intl.Segmenter("ja", { granularity: "word" })
      : null;

  // The form the index holds (Python side: search_terms.normalize).
  const normalize = (text) => text.normalize("NFKC").toLowerCase();

  const splitQuery = (query) => {
    const runs = [];
    for (const chunk of normalize(query).split(NON_WORD)) {
      if (!chunk) continue;
      if (!segmenter || !JAPANESE.test(chunk) || FUNCTION_WORD.test(chunk)) {
        runs.push(chunk);
        continue;
      }
      let run = "";
      for (const { segment } of segmenter.segment(chunk)) {
        if (FUNCTION_WORD.test(segment)) {
          if (run) runs.push(run);
          run = "";
        } else run += segment;
      }
      if (run) runs.push(run);
    }
    return runs;
  };

  const filesOf = (map, term) =>
    Object.hasOwn(map, term) ? [].concat(map[term]) : [];

  // file -> best score of one run in that file
  const scoreRun = (index, run) => {
    const scores = new Map();
    const raise = (files, score) =>
      files.forEach((file) =>
        scores.set(file, Math.max(scores.get(file) || 0, score)),
      );
    raise(filesOf(index.terms, run), Scorer.term);
    raise(filesOf(index.titleterms, run), Scorer.title);
    // A term containing the run: the page holds the run's exact text
    // (言語モデル inside 大規模言語モデル). Sphinx does this for runs over two
    // letters; a Japanese word is often two characters, or one.
    if (run.length > 2 || JAPANESE.test(run)) {
      for (const [map, score] of [
        [index.terms, Scorer.partialTerm],
        [index.titleterms, Scorer.partialTitle],
      ])
        for (const term in map)
          if (term !== run && term.includes(run)) raise(filesOf(map, term), score);
    }
    raise(coveringFiles(index, run), PARTS_SCORE);
    return scores;
  };

  // Pieces of the run that are index terms: [start, end, Set(files)]
  const pieces = (index, run) => {
    const found = [];
    for (let start = 0; start < run.length; start++)
      for (let end = start + 2; end <= run.length; end++) {
        const term = run.slice(start, end);
        const files = [...filesOf(index.terms, term), ...filesOf(index.titleterms, term)];
        if (files.length) found.push([start, end, new Set(files)]);
      }
    return found;
  };

  // Files holding every piece of at least one cut of the run into index terms.
  const coveringFiles = (index, run) => {
    const found = pieces(index, run);
    const candidates = new Set(found.flatMap(([, , files]) => [...files]));
    return [...candidates].filter((file) => {
      const reached = new Array(run.length + 1).fill(false);
      reached[0] = true;
      for (let start = 0; start < run.length; start++)
        if (reached[start])
          for (const [from, end, files] of found)
            if (from === start && files.has(file)) reached[end] = true;
      return reached[run.length];
    });
  };

  // Longest index terms inside the run, left to right: words to show in
  // snippets and to highlight when a page holds only the parts.
  const parts = (index, run) => {
    const found = pieces(index, run);
    const result = [];
    let position = 0;
    while (position < run.length) {
      const longest = found
        .filter(([start]) => start === position)
        .reduce((best, piece) => (!best || piece[1] > best[1] ? piece : best), null);
      if (longest && longest[1] - longest[0] < run.length)
        result.push(run.slice(longest[0], longest[1]));
      position = longest ? longest[1] : position + 1;
    }
    return result;
  };

  const partsOfAll = (terms) =>
    [...terms].flatMap((term) => parts(Search._index, term));

  const performTermsSearch = (searchTerms, excludedTerms) => {
    const index = Search._index;
    let total = null;
    for (const run of searchTerms) {
      const scores = scoreRun(index, run);
      if (total === null) total = scores;
      else
        total = new Map(
          [...total]
            .filter(([file]) => scores.has(file))
            .map(([file, score]) => [file, score + scores.get(file)]),
        );
    }
    const excluded = new Set(
      [...excludedTerms].flatMap((term) => [
        ...filesOf(index.terms, term),
        ...filesOf(index.titleterms, term),
      ]),
    );
    return [...(total || [])]
      .filter(([file]) => !excluded.has(file))
      .map(([file, score]) => [
        index.docnames[file],
        index.titles[file],
        "",
        null,
        score,
        index.filenames[file],
        SearchResultKind.text,
      ]);
  };

  const install = () => {
    const parseQuery = Search._parseQuery;
    Search._parseQuery = (query) => {
      const parsed = parseQuery(query);
      const highlightTerms = parsed[3];
      partsOfAll(parsed[1]).forEach((part) => highlightTerms.add(part));
      if (SPHINX_HIGHLIGHT_ENABLED)
        localStorage.setItem("sphinx_highlight_terms", [...highlightTerms].join(" "));
      return parsed;
    };
    // Sphinx's snippet starts near the last keyword it finds: the whole runs
    // come last so they win over their parts.
    const makeSearchSummary = Search.makeSearchSummary;
    Search.makeSearchSummary = (htmlText, keywords, anchor) =>
      makeSearchSummary(htmlText, [...partsOfAll(keywords), ...keywords], anchor);
    Search.performTermsSearch = performTermsSearch;
    // Sphinx's Japanese catalog translates the "found N pages" status line
    // as an empty string, which leaves the line blank.
    const ngettext = Documentation.ngettext;
    Documentation.ngettext = (singular, plural, n) =>
      ngettext(singular, plural, n)
      || (singular.startsWith("Search finished")
        ? "検索が完了しました。${resultCount} ページが見つかりました。"
        : n === 1 ? singular : plural);
  };

  return { splitQuery, install, normalize, parts };
})();

var splitQuery = NewsbookSearch.splitQuery;
if (typeof Search !== "undefined") NewsbookSearch.install();

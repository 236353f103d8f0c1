/*
 * newsbook: a snippet under every search result, in every edition (see newsbook/search.py).
 *
 * Sphinx's search page shows under an index entry's result the text of the
 * entry's target. An inline index entry's target is an empty <span>, so that
 * text is "", Search.makeSearchSummary returns null and searchtools.js throws
 * "appendChild: parameter 1 is not of type 'Node'" (Sphinx 9.0). The
 * paragraph holding the target is what the entry points at: it is shown instead.
 *
 * Inline in the page's head, before searchtools.js: the patch is applied when
 * the document is parsed, before Search.init (registered later) runs.
 */
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Search === "undefined" || !Search.htmlToText) return;
  const htmlToText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const text = htmlToText(htmlString, anchor);
    if (text || !anchor) return text;
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    const target = page.querySelector(`[role="main"] ${anchor}`);
    const block = target && target.parentElement;
    return (block && block.textContent.trim()) || htmlToText(htmlString, "");
  };
  const makeSearchSummary = Search.makeSearchSummary;
  // Never null: a result without text keeps an empty context line.
  Search.makeSearchSummary = (htmlText, keywords, anchor) =>
    makeSearchSummary(htmlText, keywords, anchor) || document.createElement("span");
});

// Language switcher: opens the same page in the book's other edition.
//
// Both places the book lives keep the editions side by side under a language
// folder: locally docs/_build/html/ja/... and html/en/... (make html-all), and
// on Read the Docs /ja/<version>/... and /en/<version>/... (a project and its
// translation). So the other edition of a page is the same URL with its
// language folder swapped. Where the URL has no language folder (a single-
// edition build), the switcher stays hidden.
(function () {
  "use strict";
  // The book's editions (languages in seeds/_book.toml), set by the newsbook extension.
  const editions = window.NEWSBOOK_EDITIONS || [
    { code: "ja", label: "日本語" },
    { code: "en", label: "English" },
  ];
  const current = (window.DOCUMENTATION_OPTIONS || {}).LANGUAGE || document.documentElement.lang;

  function otherEditionUrl(code) {
    const url = new URL(window.location.href);
    const parts = url.pathname.split("/");
    // The last folder named after the current language is the edition's root.
    const index = parts.lastIndexOf(current);
    if (index < 0) return null;
    parts[index] = code;
    url.pathname = parts.join("/");
    return url.toString();
  }

  function build() {
    if (otherEditionUrl(current) === null) return;
    const nav = document.createElement("nav");
    nav.className = "newsbook-language-switcher";
    nav.setAttribute("aria-label", "Language / 言語");
    for (const edition of editions) {
      if (edition.code === current) {
        const here = document.createElement("span");
        here.textContent = edition.label;
        here.setAttribute("aria-current", "true");
        nav.appendChild(here);
      } else {
        const link = document.createElement("a");
        link.href = otherEditionUrl(edition.code);
        link.hreflang = edition.code;
        link.lang = edition.code;
        link.textContent = edition.label;
        nav.appendChild(link);
      }
    }
    const sidebar = document.querySelector(".sidebar-sticky") || document.body;
    sidebar.insertBefore(nav, sidebar.firstChild);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", build);
  } else {
    build();
  }
})();

// The edition's JavaScript, one file, deferred (mkdocs.yml: nothing of it is needed before the first
// paint; benchmarks/pages.py): the theme's language links, the view toggle, the ¶ citation, light and
// dark, then search (Pagefind, loaded when search opens).

// The theme (Material 9.8.1), when the page has been parsed (DOMContentLoaded), fetches a sitemap.xml
// next to every <link rel="alternate"> of the page, to send a click on a link into another language to
// that language's copy of the page. The edition's alternates already are the page's own counterparts
// (static-i18n), so that cost three requests on every page view, and the theme then sent a click on the
// language menu to the counterpart's address without its final slash: a redirect before the page.
// While the theme looks (its DOMContentLoaded listener, registered before this deferred script runs),
// the hreflang links are not rel="alternate"; right after, they are again, so the page as the browser
// and crawlers have it after loading keeps them (tests/end_to_end/test_browser.py).
(function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('head link[rel="alternate"][hreflang]'));
  links.forEach(function (link) { link.setAttribute("rel", "edition-alternate"); });
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  });
})();

// The view toggle of translation pages: both / source / target, kept across pages. The default view
// comes from CSS; a saved choice is restored in <head> before the first paint (overrides/main.html).
(function () {
  var KEY = "edition-view";
  var VIEWS = ["both", "source", "target"];
  function stored() {
    try { var v = localStorage.getItem(KEY); return VIEWS.indexOf(v) >= 0 ? v : "both"; }
    catch (e) { return "both"; }
  }
  function apply(view) {
    if (view === "both") document.documentElement.removeAttribute("data-edition-view");
    else document.documentElement.setAttribute("data-edition-view", view);
    document.querySelectorAll(".edition-view-button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.editionView === view));
    });
  }
  apply(stored());
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".edition-view-button");
    if (!button) return;
    try { localStorage.setItem(KEY, button.dataset.editionView); } catch (e) { /* private mode */ }
    apply(button.dataset.editionView);
  });
  document.addEventListener("DOMContentLoaded", function () { apply(stored()); });
})();

// Notes fold (native <details>: they open without JavaScript). Here: the page's control that opens or
// folds them all, kept across pages like the view (a saved "open" is applied before the first paint,
// overrides/main.html); a link to a note or into one opens it, on arrival and on every change of the
// address's fragment; printing prints every note open (CSS does it where ::details-content is known).
(function () {
  var KEY = "edition-notes";
  function notes() { return document.querySelectorAll("details.edition-note"); }
  function stored() { try { return localStorage.getItem(KEY) === "open"; } catch (e) { return false; } }
  function show(open) {
    document.querySelectorAll(".edition-notes-toggle").forEach(function (button) {
      button.setAttribute("aria-pressed", String(open));
    });
  }
  function apply(open) {
    notes().forEach(function (note) { note.open = open; });
    show(open);
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".edition-notes-toggle");
    if (!button) return;
    var open = button.getAttribute("aria-pressed") !== "true";
    try { localStorage.setItem(KEY, open ? "open" : "folded"); } catch (e) { /* private mode */ }
    apply(open);
  });
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) { node.open = true; opened = true; }
    }
    if (opened) target.scrollIntoView();
  }
  show(stored());
  reveal();
  window.addEventListener("hashchange", reveal);
  var printed = [];
  window.addEventListener("beforeprint", function () {
    printed = Array.prototype.filter.call(document.querySelectorAll("details.edition-note, details.edition-erratum-evidence"),
                                          function (d) { return !d.open; });
    printed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    printed.forEach(function (d) { d.open = false; });
    printed = [];
  });
})();

// A glossary tooltip opens below its term, from the term's left edge (CSS); near the right edge of
// the window it ran off it (at 390 px, a third of a tooltip was cut off): it moves left to fit.
(function () {
  var MARGIN = 8;
  function place(event) {
    var wrap = event.target.closest && event.target.closest(".edition-term-wrap");
    var tip = wrap && wrap.querySelector(".edition-term-tip");
    if (!tip) return;
    tip.style.left = "";
    var box = tip.getBoundingClientRect();
    var overflow = box.right - (document.documentElement.clientWidth - MARGIN);
    if (overflow > 0) tip.style.left = -Math.max(0, Math.min(overflow, box.left - MARGIN)) + "px";
  }
  document.addEventListener("mouseover", place);
  document.addEventListener("focusin", place);
})();

// The ¶ link of a passage: following it goes to the passage, as any link; it also copies a citation
// in the page's language (author, title, date, page, passage, address, date of access), from the
// template that overrides/main.html puts on the article (data/ui.toml `citation`).
(function () {
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".edition-permalink a");
    var holder = link && link.closest("[data-edition-citation]");
    if (!holder || !holder.dataset.editionCitation || !navigator.clipboard) return;
    var lang = document.documentElement.lang || "en";
    var date = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { dateStyle: "long" }).format(new Date());
    var anchor = link.getAttribute("href").slice(1);
    var url = new URL(link.getAttribute("href"), location.href).href;
    var citation = holder.dataset.editionCitation.replace(/\{(\w+)\}/g, function (_, key) {
      return { page: holder.dataset.editionPageTitle, anchor: anchor, url: url, date: date,
               version: holder.dataset.editionVersion }[key];
    });
    navigator.clipboard.writeText(citation).then(function () {
      var status = holder.querySelector(".edition-copied");
      if (status) status.textContent = holder.dataset.editionCopied;
    }, function () { /* no clipboard permission: the link still goes to the passage */ });
  });
})();

// Light and dark (overrides/partials/edition-scheme.html set the scheme before the first paint): the
// button switches it and keeps the choice; without a choice, the page follows the system's setting.
(function () {
  var KEY = "edition-scheme";
  var body = document.body;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function apply(scheme) {
    body.setAttribute("data-md-color-scheme", scheme);
    document.querySelectorAll(".edition-scheme-toggle").forEach(function (button) {
      button.setAttribute("aria-pressed", String(scheme === "slate"));
    });
  }
  apply(body.getAttribute("data-md-color-scheme") === "slate" ? "slate" : "default");
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".edition-scheme-toggle");
    if (!button) return;
    var scheme = body.getAttribute("data-md-color-scheme") === "slate" ? "default" : "slate";
    try { localStorage.setItem(KEY, scheme); } catch (e) { /* private mode: for this page only */ }
    apply(scheme);
  });
  dark.addEventListener("change", function () {
    var chosen = null;
    try { chosen = localStorage.getItem(KEY); } catch (e) { /* storage unavailable */ }
    if (chosen !== "default" && chosen !== "slate") apply(dark.matches ? "slate" : "default");
  });
})();

// The edition's search (overrides/partials/edition-search.html). Nothing is fetched until the reader
// opens the dialog; then Pagefind loads the index of this page's language only (it reads <html lang>).
// Pagefind matches words (Japanese segmented by its extended build); this script then puts first the
// pages that contain the query as written (whitespace and line breaks of the transcript ignored, full-
// and half-width forms equal), each with its own excerpt and a link to the passage.
(function () {
  var dialog = document.getElementById("edition-search");
  var opener = document.querySelector(".edition-search-open");
  if (!dialog || !opener || typeof dialog.showModal !== "function") return;
  var input = dialog.querySelector(".edition-search-input");
  var status = dialog.querySelector(".edition-search-status");
  var output = dialog.querySelector(".edition-search-results");
  var text = dialog.dataset;
  var loading = null;
  var sequence = 0;  // a newer query supersedes older ones still loading
  var timer = null;
  var CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function pagefind() {
    if (!loading) {
      var bundle = new URL(text.pagefind, location.href);
      var root = new URL("../", bundle).pathname;
      loading = import(bundle.href).then(function (module) {
        return module.options({ baseUrl: root, excerptLength: 24 }).then(function () { return module; });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  // the query as a pattern over the page text: Japanese characters may be split by whitespace (the
  // transcript's line breaks), English words by any run of whitespace
  function phrase(query) {
    var words = query.normalize("NFKC").trim().split(/\s+/);
    var escape = function (s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); };
    var body = words.map(function (word) {
      return Array.from(word).map(escape).join(CJK.test(word) ? "\\s*" : "");
    }).join(CJK.test(query) ? "\\s*" : "\\s+");
    return new RegExp(body, "i");
  }

  function excerpt(content, match) {
    var start = Math.max(0, match.index - 40);
    var end = Math.min(content.length, match.index + match[0].length + 60);
    var p = document.createElement("p");
    p.className = "edition-search-excerpt";
    p.append((start > 0 ? "…" : "") + content.slice(start, match.index));
    var mark = document.createElement("mark");
    mark.textContent = match[0];
    p.append(mark, content.slice(match.index + match[0].length, end) + (end < content.length ? "…" : ""));
    return p;
  }

  function item(page, match, inSource) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = page.url + (match ? "#:~:text=" + encodeURIComponent(match[0].replace(/\s+/g, " ")) : "");
    a.textContent = (page.meta && page.meta.title) || page.url;
    a.className = "edition-search-link";
    li.append(a);
    if (inSource) {
      var label = document.createElement("span");
      label.className = "edition-search-in-source";
      label.textContent = text.textInSource;
      li.append(" ", label);
    }
    if (match) {
      li.append(excerpt(page.content, match));
    } else {
      var p = document.createElement("p");
      p.className = "edition-search-excerpt";
      p.innerHTML = page.excerpt;   // Pagefind's excerpt: the page text, escaped, with <mark>
      li.append(p);
    }
    return li;
  }

  function group(kind, title, items) {
    var section = document.createElement("section");
    section.dataset.editionMatch = kind;
    var h = document.createElement("h3");
    h.textContent = title;
    var ol = document.createElement("ol");
    ol.append.apply(ol, items);
    section.append(h, ol);
    return section;
  }

  function occurrences(content, pattern) {
    return content.split(new RegExp(pattern.source, "gi")).length - 1;
  }

  // pages: [{page, ranked}] — ranked pages are Pagefind's word matches, in its order; the others come
  // from reading every page of the language (Japanese queries only, see search())
  function show(query, pages) {
    var pattern = phrase(query);
    var sourceOnly = CJK.test(query) && document.documentElement.lang !== "ja";
    var exact = [], partial = [];
    pages.forEach(function (entry) {
      var content = entry.page.content.normalize("NFKC");
      var match = pattern.exec(content);
      if (match) exact.push({ page: Object.assign({}, entry.page, { content: content }), match: match,
                              ranked: entry.ranked, count: occurrences(content, pattern) });
      else if (entry.ranked) partial.push(item(entry.page, null, false));
    });
    exact.sort(function (a, b) { return (b.ranked - a.ranked) || (a.ranked ? 0 : b.count - a.count); });
    exact = exact.map(function (e) { return item(e.page, e.match, sourceOnly); });
    output.replaceChildren();
    if (exact.length) output.append(group("exact", say(text.textExact, { query: query, count: exact.length }), exact));
    if (partial.length) output.append(group("partial", say(text.textPartial, { query: query, count: partial.length }), partial));
    dialog.dataset.resultsFor = query;   // what the results shown answer (for tests and styles)
    status.textContent = exact.length || partial.length
      ? say(text.textExact, { query: query, count: exact.length }) : text.textNone;
  }

  // Pagefind's word search; for a Japanese query also every page of the language, because Pagefind's
  // segmentation of a sentence can differ from that of the query (オンライン資格確認 inside a longer
  // run of text is not always the same words): reading them all (about 50 KB for Japanese) finds
  // every page that contains the query as written.
  function search(query) {
    var mine = ++sequence;
    if (!query.trim()) { output.replaceChildren(); status.textContent = ""; return; }
    pagefind().then(function (module) {
      return Promise.all([module.search(query), CJK.test(query) ? module.search(null) : null]);
    }).then(function (found) {
      if (mine !== sequence || !found[0]) return null;
      var ranked = found[0].results;
      var ids = new Set(ranked.map(function (r) { return r.id; }));
      var rest = found[1] ? found[1].results.filter(function (r) { return !ids.has(r.id); }) : [];
      return Promise.all(ranked.concat(rest).map(function (result, i) {
        return result.data().then(function (page) { return { page: page, ranked: i < ranked.length }; });
      }));
    }).then(function (pages) {
      if (mine === sequence && pages) show(query, pages);
    }).catch(function () {
      if (mine === sequence) status.textContent = text.textFailed;
    });
  }

  function open() {
    dialog.showModal();
    input.focus();
    status.textContent = text.textLoading;
    pagefind().then(function () {
      if (status.textContent === text.textLoading) status.textContent = "";
      if (input.value) search(input.value);
    }, function () { status.textContent = text.textFailed; });
  }

  opener.addEventListener("click", open);
  dialog.querySelector(".edition-search-close").addEventListener("click", function () { dialog.close(); opener.focus(); });
  dialog.addEventListener("click", function (event) { if (event.target === dialog) dialog.close(); });
  dialog.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 150);
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !dialog.open && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
})();

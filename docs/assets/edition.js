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
      return { page: holder.dataset.editionPageTitle, anchor: anchor, url: url, date: date }[key];
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

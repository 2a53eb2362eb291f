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

// The page at an old address (edition/site/redirects.py): on to the new page, keeping the #passage.
(function () {
  var script = document.currentScript;
  if (script && script.dataset.to) location.replace(script.dataset.to + location.hash);
})();

/* The search page: pagefind's UI, with filters by correspondent and year. */
window.addEventListener("DOMContentLoaded", function () {
  if (typeof PagefindUI === "undefined") {
    document.getElementById("search").textContent = "The search index is missing: build the site with search (tei html without --no-search).";
    return;
  }
  // A large edition's index is in shards (pagefind-shards.js lists the others): merged here.
  var merge = (window.PAGEFIND_SHARDS || []).map(function (path) {
    return { bundlePath: new URL(path, document.baseURI).pathname };
  });
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false,
                            mergeIndex: merge });
  // pagefind's input has only a title; give it a proper accessible name.
  var label = function () {
    var input = document.querySelector("#search input[type=text], #search input.pagefind-ui__search-input");
    if (input) { input.setAttribute("aria-label", "Search the telegrams"); return true; }
    return false;
  };
  if (!label()) new MutationObserver(function (m, obs) { if (label()) obs.disconnect(); })
    .observe(document.getElementById("search"), { childList: true, subtree: true });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) ui.triggerSearch(q);
});

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
  // tei serve's preview may add the pages edited since their shard was indexed, in an index of
  // their own (marked by a meta field): their results from the stale shard are hidden, as are
  // those of pages removed since.
  var delta = window.PAGEFIND_DELTA, edited = {};
  if (delta) {
    if (delta.bundle) merge.push({ bundlePath: new URL(delta.bundle, document.baseURI).pathname });
    delta.pages.forEach(function (name) { edited[name] = true; });
    var style = document.createElement("style");
    style.textContent = '.pagefind-ui__result:has(a[href$="#tei-stale"]) { display: none !important; }';
    document.head.appendChild(style);
  }
  var processResult = function (result) {
    if (result.meta && "tei-edited" in result.meta) delete result.meta["tei-edited"];
    else if (edited[result.url.split("#")[0].split("/").pop()]) result.url = result.url.split("#")[0] + "#tei-stale";
    return result;
  };
  var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false,
                            mergeIndex: merge, processResult: delta ? processResult : null });
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

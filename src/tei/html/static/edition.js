/* Progressive enhancement for the HTML edition: everything works without this file.
   - the filters of a list of telegrams (by correspondent, and month where the list has one) are
     shown and applied;
   - Escape closes a name's identification tooltip;
   - "Cite this" gives the page's address where the site was built without --base-url. */
(function () {
  "use strict";
  function filters() {
    var form = document.querySelector("form.filters");
    var list = document.getElementById("entries");
    if (!form || !list) return;
    form.hidden = false;
    var person = form.querySelector("#filter-person");
    var month = form.querySelector("#filter-month");
    var count = document.getElementById("count");
    var params = new URLSearchParams(window.location.search);
    if (params.get("person")) person.value = params.get("person");
    if (month && params.get("month")) month.value = params.get("month");
    function apply() {
      var shown = 0, items = list.querySelectorAll("li.entry");
      items.forEach(function (li) {
        var ok = (!person.value || (" " + li.dataset.correspondents + " ").indexOf(" " + person.value + " ") >= 0) &&
                 (!month || !month.value || li.dataset.month === month.value);
        li.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = "(" + shown + " of " + items.length + ")";
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    apply();
  }
  function tooltips() {
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && document.activeElement && document.activeElement.classList.contains("entity")) {
        document.activeElement.classList.add("tip-closed");
      }
    });
    document.addEventListener("focusin", function (e) {
      if (e.target.classList && e.target.classList.contains("entity")) e.target.classList.remove("tip-closed");
    });
  }
  function citeUrl() {
    var url = document.querySelector(".cite-url[data-local]");
    if (!url || !/^https?:$/.test(window.location.protocol)) return;
    url.textContent = window.location.href.split("#")[0];
    url.hidden = false;
  }
  document.addEventListener("DOMContentLoaded", function () { filters(); tooltips(); citeUrl(); });
})();

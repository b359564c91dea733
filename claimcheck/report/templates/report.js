(function () {
  "use strict";
  var script = document.currentScript;
  var root = script && script.closest(".cc-report");
  if (!root) { return; }
  root.classList.add("cc-js");
  var boxes = root.querySelectorAll("input[data-filter]");
  var items = root.querySelectorAll("[data-status]");
  var shown = root.querySelector(".cc-shown");
  var empty = root.querySelector(".cc-empty");

  function apply() {
    var on = { status: {}, kind: {} };
    boxes.forEach(function (box) { on[box.dataset.filter][box.value] = box.checked; });
    var cards = 0;
    var visible = 0;
    items.forEach(function (item) {
      var ok = on.status[item.dataset.status] !== false;
      var kinds = (item.dataset.kinds || "").split(" ").filter(Boolean);
      if (ok && kinds.length) {
        ok = kinds.some(function (k) { return on.kind[k] !== false; });
      }
      item.classList.toggle("cc-hidden", !ok);
      if (item.classList.contains("cc-card")) {
        cards += 1;
        visible += ok ? 1 : 0;
      }
    });
    if (shown) { shown.textContent = visible + " of " + cards + " cards shown"; }
    if (empty) { empty.hidden = visible > 0 || cards === 0; }
  }

  function reveal(id, push) {
    var target = document.getElementById(id);
    if (!target || !root.contains(target)) { return false; }
    var details = target.closest("details");
    if (details) { details.open = true; }
    root.querySelectorAll(".cc-current").forEach(function (el) { el.classList.remove("cc-current"); });
    if (/^[A-Za-z0-9-]+$/.test(id)) {
      root.querySelectorAll('[data-c~="' + id + '"]').forEach(function (el) { el.classList.add("cc-current"); });
    }
    target.scrollIntoView({ block: "center" });
    if (push && !root.dataset.fragment && window.history && history.pushState) {
      try { history.pushState(null, "", "#" + id); } catch (e) { /* file:// in some browsers */ }
    }
    return true;
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  root.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.cc-goto");
    if (!link) { return; }
    var href = link.getAttribute("href") || "";
    if (href.charAt(0) === "#" && reveal(href.slice(1), true)) { event.preventDefault(); }
  });
  if (!root.dataset.fragment) {
    window.addEventListener("hashchange", function () { reveal(location.hash.slice(1), false); });
    if (location.hash.length > 1) { reveal(location.hash.slice(1), false); }
  }
  window.addEventListener("beforeprint", function () {
    root.querySelectorAll(".cc-single, .cc-more").forEach(function (d) { d.open = true; });
  });
  apply();
}());

// The published site's root page: go to the language the browser prefers among
// those listed (exact tag first, then the same base language), else English.
// Without JavaScript the page's <noscript> refresh goes to English instead.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll(".language-list a[hreflang]"));
  if (!links.length) {
    return;
  }
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var base = function (tag) { return tag.toLowerCase().split("-")[0]; };
  var pick = function () {
    var i, j, tag;
    for (i = 0; i < wanted.length; i += 1) {
      tag = String(wanted[i]).toLowerCase();
      for (j = 0; j < links.length; j += 1) {
        if (links[j].hreflang.toLowerCase() === tag) { return links[j]; }
      }
      for (j = 0; j < links.length; j += 1) {
        if (base(links[j].hreflang) === base(tag)) { return links[j]; }
      }
    }
    return document.querySelector(".language-list a[data-default]") || links[0];
  };
  window.location.replace(pick().href);
}());

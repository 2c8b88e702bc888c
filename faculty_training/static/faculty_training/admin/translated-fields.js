// Admin: give the Urdu version of every translated field dir="rtl" and lang="ur", including
// rich-text and StreamField inputs added after the page loaded.
(function () {
  function markUrdu(root) {
    root.querySelectorAll('section[id$="_ur-section"] input[type="text"], section[id$="_ur-section"] textarea, section[id$="_ur-section"] [contenteditable="true"]').forEach(function (element) {
      if (element.getAttribute("dir") !== "rtl") {
        element.setAttribute("dir", "rtl");
        element.setAttribute("lang", "ur");
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    markUrdu(document);
    new MutationObserver(function () { markUrdu(document); }).observe(document.body, { childList: true, subtree: true });
  });
})();

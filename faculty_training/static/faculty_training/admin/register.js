// Attendance register: "Mark all present" sets every row that has no status yet.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-mark-all]").forEach(function (button) {
    button.addEventListener("click", function () {
      var form = button.closest("form");
      form.querySelectorAll("select[data-status]").forEach(function (select) {
        if (!select.value) { select.value = button.getAttribute("data-mark-all"); }
      });
    });
  });
});

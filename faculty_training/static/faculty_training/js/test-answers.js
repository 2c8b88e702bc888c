// Knowledge tests: save each answer as it is given (the page works without this script: every
// "Save answer" button posts the whole form), and count down the time the server keeps.
(function () {
  var form = document.querySelector("[data-test-form]");
  if (!form) return;
  var texts = document.getElementById("test-texts");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

  function save(fieldset) {
    var data = new FormData();
    data.append("csrfmiddlewaretoken", token);
    fieldset.querySelectorAll("input").forEach(function (input) {
      if (input.type === "hidden" || ((input.type === "radio" || input.type === "checkbox") ? input.checked : true)) {
        data.append(input.name, input.value);
      }
    });
    var status = fieldset.querySelector(".question__saved");
    fetch(window.location.pathname, {method: "POST", body: data, headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"})
      .then(function (response) { return response.json().then(function (body) { return {ok: response.ok, body: body}; }); })
      .then(function (result) {
        status.textContent = result.ok ? texts.dataset.savedText : (result.body.message || texts.dataset.failedText);
      })
      .catch(function () { status.textContent = texts.dataset.failedText; });
  }

  form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
    fieldset.addEventListener("change", function () { save(fieldset); });
  });

  var timer = document.querySelector("[data-seconds-left]");
  if (timer) {
    var left = parseInt(timer.dataset.secondsLeft, 10);
    var value = timer.querySelector(".test-timer__value");
    if (!(left > 0)) return;  // the server submits the attempt when the page is opened after time is up
    var tick = setInterval(function () {
      left -= 1;
      if (left <= 0) { clearInterval(tick); window.location.reload(); return; }
      value.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    }, 1000);
  }
})();

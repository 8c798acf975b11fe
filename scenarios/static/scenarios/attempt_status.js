/* Keeps an attempt page current without reloading it: polls the small JSON status
   endpoint while work is under way, updates the state and progress, and swaps in the
   result panel (report link, failure and retry, speaker check) once it settles.
   Other scripts listen to the "attempt-status" event and call AttemptStatus.watch(). */
(function () {
  "use strict";
  var root = document.getElementById("attempt");
  if (!root) { return; }
  var WORKING = ["uploaded", "transcribing", "scoring"];
  var stateEl = document.getElementById("attempt-state");
  var progressEl = document.getElementById("attempt-progress");
  var resultEl = document.getElementById("attempt-result");
  var timer = null;
  var delay = 1000;

  function render(status) {
    root.dataset.state = status.state;
    stateEl.textContent = status.state_label;
    stateEl.className = "state state-" + status.state;
    var working = WORKING.indexOf(status.state) !== -1;
    progressEl.hidden = !working;
    progressEl.value = status.progress;
    progressEl.textContent = status.progress + "%";
    if (status.settled && status.result_html !== null) {
      resultEl.innerHTML = status.result_html;
    }
    document.dispatchEvent(new CustomEvent("attempt-status", { detail: status }));
  }

  function keepWatching(status) {
    return !status.settled && status.state !== "recording";
  }

  function poll() {
    timer = null;
    fetch(root.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (status) {
        render(status);
        if (keepWatching(status)) { schedule(); }
      })
      .catch(function () { schedule(); });
  }

  function schedule() {
    if (timer === null) {
      timer = window.setTimeout(poll, delay);
      delay = Math.min(delay * 1.3, 4000);
    }
  }

  window.AttemptStatus = {
    watch: function () {
      delay = 1000;
      if (timer !== null) { window.clearTimeout(timer); timer = null; }
      schedule();
    }
  };

  if (WORKING.indexOf(root.dataset.state) !== -1) { schedule(); }
})();

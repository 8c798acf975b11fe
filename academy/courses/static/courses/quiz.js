// Quizzes without a page reload. The form works without JavaScript (post, redirect,
// feedback on the reloaded lesson); here the same request is sent with fetch and the
// quiz, the progress bar and the messages are swapped in from the page that comes back.
(function () {
  "use strict";
  var SWAPPED = [".messages", ".progress-line", ".lesson-end"];

  function replace(selector, fresh, scope) {
    var current = scope.querySelector(selector);
    var next = fresh.querySelector(selector);
    if (current && next) current.replaceWith(next);
    else if (current && selector === ".messages") current.remove();
    else if (next && selector === ".messages") document.querySelector("main").prepend(next);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form.quiz-form");
    if (!form) return;
    event.preventDefault();
    var section = form.closest("section.quiz");
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var freshSection = fresh.getElementById(section.id);
        if (!freshSection) { form.submit(); return; }
        section.replaceWith(freshSection);
        SWAPPED.forEach(function (selector) { replace(selector, fresh, document); });
        var result = freshSection.querySelector(".quiz-result") || freshSection;
        result.setAttribute("tabindex", "-1");
        result.focus();
      })
      .catch(function () { form.submit(); });
  });
})();

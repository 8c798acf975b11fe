// A field marked data-submit-on-change submits its form when changed (e.g. a list filter),
// without an inline handler, which the Content-Security-Policy would not run.
document.querySelectorAll("[data-submit-on-change]").forEach((field) => {
  field.addEventListener("change", () => field.form.requestSubmit());
});

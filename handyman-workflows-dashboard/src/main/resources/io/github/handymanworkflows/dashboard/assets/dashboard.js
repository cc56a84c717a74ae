// handyman-workflows dashboard: a little progressive behaviour. Every page works without it.
(function () {
  "use strict";

  // Filter selects submit their form when changed.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) {
        select.form.submit();
      }
    });
  });

  // An action form is sent once: its button is disabled while the request is under way.
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button").forEach(function (button) {
        button.disabled = true;
      });
    });
  });

  // The page of a run in progress reloads itself so progress shows without a click.
  var refresh = document.querySelector("[data-refresh-seconds]");
  if (refresh) {
    var seconds = parseInt(refresh.getAttribute("data-refresh-seconds"), 10);
    if (seconds > 0) {
      window.setTimeout(function () {
        // Drop the action notice from the address so it is not shown again.
        window.location.replace(window.location.pathname);
      }, seconds * 1000);
    }
  }
})();

// Contest countdowns: the page already shows the time left as the server counted it; this
// only ticks it down each second. On the questions page, when it reaches zero, the answers
// are sent (the server takes them for a short grace after the deadline). Without JavaScript
// the page works the same, the clock just stands still.
(function () {
  "use strict";

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function format(el, seconds) {
    var days = Math.floor(seconds / 86400);
    var rest = seconds % 86400;
    var hours = Math.floor(rest / 3600);
    var minutes = Math.floor((rest % 3600) / 60);
    var secs = rest % 60;
    if (days) {
      var label = (days === 1 ? el.dataset.dayOne : el.dataset.dayOther) || "{n}";
      return label.replace("{n}", days) + " " + pad(hours) + ":" + pad(minutes) + ":" + pad(secs);
    }
    if (hours) {
      return hours + ":" + pad(minutes) + ":" + pad(secs);
    }
    return minutes + ":" + pad(secs);
  }

  document.querySelectorAll("[data-countdown]").forEach(function (el) {
    var total = parseInt(el.dataset.countdown, 10);
    if (isNaN(total)) {
      return;
    }
    var end = Date.now() + total * 1000; // her phone's clock only measures the interval
    var form = el.dataset.submit ? document.getElementById(el.dataset.submit) : null;
    var sent = false;
    function tick() {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      el.textContent = format(el, left);
      if (left <= 60 && el.parentElement) {
        el.parentElement.classList.add("countdown-low");
      }
      if (left > 0) {
        return;
      }
      clearInterval(timer);
      if (el.dataset.done) {
        el.textContent = el.dataset.done;
      }
      if (form && !sent) {
        sent = true;
        form.submit();
      }
    }
    var timer = setInterval(tick, 1000);
    if (form) {
      form.addEventListener("submit", function () {
        sent = true;
      });
    }
  });
})();

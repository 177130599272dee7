// Certificate page: a "Share…" button (Web Share API: opens the phone's share sheet, with Zalo
// and Facebook in it) and a "Copy the message" button. Both are enhancements: they stay
// hidden without JavaScript or without support, and the page still offers the readonly
// message to copy by hand and a plain Facebook link.
(function () {
  "use strict";

  document.querySelectorAll("[data-share-url]").forEach(function (button) {
    var data = {
      title: button.dataset.shareTitle,
      text: button.dataset.shareText,
      url: button.dataset.shareUrl,
    };
    if (!navigator.share || (navigator.canShare && !navigator.canShare(data))) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share(data).catch(function () {
        // She closed the share sheet, or sharing failed: the copy route is right below.
      });
    });
  });

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.querySelector(button.dataset.copy);
    if (!source || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(
        function () {
          button.textContent = button.dataset.copied;
          window.setTimeout(function () {
            button.textContent = label;
          }, 2500);
        },
        function () {
          source.focus();
          source.select();
        }
      );
    });
  });
})();

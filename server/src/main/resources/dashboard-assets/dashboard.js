// Doorstep dashboard: progressive enhancement only. Every page works without this script.
(function () {
  'use strict';

  // Live countdowns for return interviews due within 24 hours: <span class="countdown" data-deadline="ISO">.
  // The server writes the time left when the page is made; this keeps it current. Not an aria-live region:
  // a screen reader is not interrupted every second.
  function describe(ms) {
    if (ms <= 0) { return 'deadline passed: reload the page'; }
    var total = Math.floor(ms / 1000);
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    return h + ' h ' + (m < 10 ? '0' : '') + m + ' min ' + (s < 10 ? '0' : '') + s + ' s left';
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var text = describe(Date.parse(el.getAttribute('data-deadline')) - now);
      var live = el.querySelector('.countdown-text');
      if (live && live.textContent !== text) { live.textContent = text; }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('.countdown[data-deadline]')) { tick(); setInterval(tick, 1000); }
  });
}());

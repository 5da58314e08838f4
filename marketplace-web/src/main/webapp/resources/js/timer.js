// Counts on the elapsed time of a running timer ([data-elapsed]: whole seconds as the server
// rendered the page), once a second, from this browser's own clock: a clock that is off does not
// change what is shown.
(function () {
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function tick() {
    document.querySelectorAll('[data-elapsed]').forEach(function (el) {
      if (!el.dataset.since) {
        el.dataset.since = String(Date.now() - Number(el.dataset.elapsed) * 1000);
      }
      var s = Math.max(0, Math.floor((Date.now() - Number(el.dataset.since)) / 1000));
      el.textContent = Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
    });
  }
  function begin() {
    tick();
    if (!window.timerTicking) {
      window.timerTicking = setInterval(tick, 1000);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', begin);
  } else {
    begin();
  }
})();

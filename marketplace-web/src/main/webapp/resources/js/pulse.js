// Asks every few seconds whether something arrived for the signed-in member (their pulse count, a
// number at /pulse/{key}) and, when the count moved, presses every button marked on-push: the
// badges and whatever the page shows live (the open conversation) are fetched again by Ajax.
// A hidden tab does not ask; it asks at once when shown again. A key the server no longer knows
// (it restarted) turns this into refreshing every 20 seconds.
(function () {
  var mark = document.getElementById('pulse');
  if (!mark || !window.fetch) {
    return;
  }
  var known = mark.getAttribute('data-beats');
  var every = 3000;
  var asking = false;

  function arrived() {
    document.querySelectorAll('.on-push').forEach(function (button) { button.click(); });
  }

  function ask() {
    if (asking || document.hidden) {
      return;
    }
    asking = true;
    fetch(mark.getAttribute('data-href'), { cache: 'no-store', credentials: 'omit' })
      .then(function (answer) {
        if (answer.status === 404) {
          clearInterval(timer);
          timer = setInterval(arrived, 20000);
          return null;
        }
        return answer.ok ? answer.text() : null;
      })
      .then(function (beats) {
        if (beats !== null && beats !== known) {
          known = beats;
          arrived();
        }
      })
      .catch(function () { /* offline for a moment: the next turn asks again */ })
      .then(function () { asking = false; });
  }

  var timer = setInterval(ask, every);
  document.addEventListener('visibilitychange', ask);
})();

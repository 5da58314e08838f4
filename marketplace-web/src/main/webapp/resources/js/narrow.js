// On narrow screens marketplace.css stacks the cells of a plain table, one under the other; each
// cell then shows its column's heading beside it, which this copies from the table's head into the
// cell's data-label. Rows that arrive later (Ajax updates, pushed changes) are labelled as they come.
(function () {
  function labelTables() {
    document.querySelectorAll('table.plain').forEach(function (table) {
      var head = table.tHead && table.tHead.rows[0];
      if (!head) {
        return;
      }
      var names = [];
      Array.prototype.forEach.call(head.cells, function (th) {
        for (var i = 0; i < (th.colSpan || 1); i++) {
          names.push(th.textContent.trim());
        }
      });
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          var column = 0;
          Array.prototype.forEach.call(row.cells, function (cell) {
            if (names[column] && cell.getAttribute('data-label') !== names[column]) {
              cell.setAttribute('data-label', names[column]);
            }
            column += cell.colSpan || 1;
          });
        });
      });
    });
  }
  var queued = false;
  function soon() {
    if (!queued) {
      queued = true;
      window.requestAnimationFrame(function () { queued = false; labelTables(); });
    }
  }
  function start() {
    labelTables();
    new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

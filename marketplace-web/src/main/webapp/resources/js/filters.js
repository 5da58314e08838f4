// A list's filter form (a GET form: the filters are the page's address) shows the filters of the
// list it heads. Coming back with the back or forward button, the browser would fill the fields
// with what was typed or chosen before leaving, which is not what the list shows: the fields go
// back to the values the page was served with.
window.addEventListener('pageshow', function (event) {
  var navigation = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  if (event.persisted || (navigation && navigation.type === 'back_forward')) {
    document.querySelectorAll('form.filters').forEach(function (form) { form.reset(); });
  }
});

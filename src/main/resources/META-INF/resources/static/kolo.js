// Quick exit: open the neutral site in a new tab (which has no history of Kolo) and replace this page with it
// through /exit, which also tells the browser to drop what it cached of Kolo. Without JavaScript the link
// goes through /exit alone.
(function () {
  'use strict';
  var exitLink = document.querySelector('[data-quick-exit]');
  if (!exitLink) { return; }
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = 'none';
    try { window.open(exitLink.getAttribute('data-quick-exit'), '_blank', 'noopener'); } catch (ignored) { /* pop-ups may be blocked */ }
    window.location.replace('/exit');
  }
  exitLink.addEventListener('click', quickExit);
  var shiftPresses = 0;
  var resetTimer = null;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') { return; }
    shiftPresses += 1;
    clearTimeout(resetTimer);
    resetTimer = setTimeout(function () { shiftPresses = 0; }, 1000);
    if (shiftPresses >= 3) { quickExit(); }
  });
}());

// Quick exit: open a neutral site in a new tab and replace this page, so Back does not return to it.
// Without JavaScript the same link goes through /exit.
(function () {
  'use strict';
  var exitLink = document.querySelector('[data-quick-exit]');
  if (!exitLink) { return; }
  function quickExit(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = 'none';
    try { window.open('/exit', '_blank', 'noopener'); } catch (ignored) { /* pop-ups may be blocked */ }
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

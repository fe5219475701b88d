// Runs in <head> as a classic, render-blocking script (not a module, which would run after the
// first paint): it marks the document as scripted and applies the reading aids saved by
// reading-aids.ts, so a reader who chose large text or high contrast never sees the page flash
// without them. Names mirror reading-aids-settings.ts; site/__tests__/reading-aids.test.ts runs
// this file against them.
(function () {
  var root = document.documentElement;
  var aids = { 'text-size': 'large', contrast: 'high' };
  root.setAttribute('data-js', '');
  try {
    var saved = JSON.parse(window.localStorage.getItem('portal:reading-aids') || '{}') || {};
    for (var aid in aids) {
      if (saved[aid] === aids[aid]) root.setAttribute('data-' + aid, aids[aid]);
    }
  } catch (error) {
    // Storage blocked or its value corrupt: the page shows without reading aids.
  }
})();

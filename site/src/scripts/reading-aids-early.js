// Runs in <head> as a classic, render-blocking script (not a module, which would run after the
// first paint): it marks the document as scripted and applies the reading aids saved by
// reading-aids.ts, or carried here in the address from another portal's host, so a reader who
// chose large text or high contrast never sees the page flash without them. Names mirror
// reading-aids-settings.ts; site/__tests__/reading-aids.test.ts runs this file against them.
(function () {
  var root = document.documentElement;
  var aids = { 'text-size': 'large', contrast: 'high' };
  var storageKey = 'portal:reading-aids';
  var param = 'reading-aids';
  root.setAttribute('data-js', '');

  var chosen;
  try {
    var params = new URLSearchParams(window.location.search);
    if (params.has(param)) {
      chosen = {};
      var names = params.get(param).split(',');
      for (var i = 0; i < names.length; i++) {
        if (Object.prototype.hasOwnProperty.call(aids, names[i])) chosen[names[i]] = aids[names[i]];
      }
      // The address without the parameter: a bookmark or a shared link imposes no one's aids.
      params.delete(param);
      var query = params.toString();
      window.history.replaceState(window.history.state, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
      window.localStorage.setItem(storageKey, JSON.stringify(chosen));
    }
  } catch (error) {
    // Storage blocked: the carried aids still apply to this page.
  }
  try {
    var saved = chosen || JSON.parse(window.localStorage.getItem(storageKey) || '{}') || {};
    for (var aid in aids) {
      if (saved[aid] === aids[aid]) root.setAttribute('data-' + aid, aids[aid]);
    }
  } catch (error) {
    // Storage blocked or its value corrupt: the page shows without reading aids.
  }
})();

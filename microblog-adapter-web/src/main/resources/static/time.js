// Keeps relative times ("5 minutes ago") fresh while a page stays open. The server writes each one
// right at load, with the moment in datetime and the full date in title, so without this script
// every time is still correct when the page is loaded; this only redoes the counting each minute,
// in the page's language, with the same steps as the server.
(function () {
  'use strict';
  if (!window.Intl || !Intl.RelativeTimeFormat) {
    return;
  }
  var MINUTE = 60;
  var HOUR = 60 * MINUTE;
  var DAY = 24 * HOUR;
  var format = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', {numeric: 'auto'});

  function relative(seconds) {
    var distance = Math.abs(seconds);
    var sign = seconds < 0 ? -1 : 1;
    if (distance < 45) {
      return null;
    }
    if (distance >= 30 * DAY) {
      return null;
    }
    if (distance < 45 * MINUTE) {
      return format.format(sign * Math.max(1, Math.round(distance / MINUTE)), 'minute');
    }
    if (distance < 22 * HOUR) {
      return format.format(sign * Math.max(1, Math.round(distance / HOUR)), 'hour');
    }
    return format.format(sign * Math.max(1, Math.round(distance / DAY)), 'day');
  }

  function refresh() {
    var now = Date.now();
    var times = document.querySelectorAll('time[data-relative]');
    for (var i = 0; i < times.length; i++) {
      var moment = Date.parse(times[i].getAttribute('datetime'));
      if (isNaN(moment)) {
        continue;
      }
      var text = relative(Math.round((moment - now) / 1000));
      if (text && times[i].textContent !== text) {
        times[i].textContent = text;
      }
    }
  }

  window.setInterval(refresh, 60 * 1000);
})();

// Keeps the navigation bar's unread counts and the home page's "new posts" notice live, from the
// server's event stream (GET /events). It has no words of its own: the counts' labels come in the
// stream, the notice's in its data attributes, both in the page's language. Without this script every page still shows the same counts
// when it is loaded again. EventSource reconnects by itself when the connection drops.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var announcer = document.getElementById('live-announcer');
  var waiting = 0;

  function announce(text) {
    if (announcer && text) {
      announcer.textContent = text;
    }
  }

  // Shows count and label in the badge of the link with this id, makes one if it has none, and
  // removes it when there is nothing unread; returns whether anything changed.
  function setBadge(linkId, badgeId, count, label) {
    var link = document.getElementById(linkId);
    if (!link) {
      return false;
    }
    var badge = document.getElementById(badgeId);
    if (!count) {
      if (badge) {
        badge.parentNode.removeChild(badge);
        return true;
      }
      return false;
    }
    if (badge && badge.firstChild.textContent === count) {
      return false;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'badge';
      badge.id = badgeId;
      var shown = document.createElement('span');
      shown.setAttribute('aria-hidden', 'true');
      var spoken = document.createElement('span');
      spoken.className = 'visually-hidden';
      badge.appendChild(shown);
      badge.appendChild(spoken);
      link.appendChild(document.createTextNode(' '));
      link.appendChild(badge);
    }
    badge.firstChild.textContent = count;
    badge.lastChild.textContent = label;
    return true;
  }

  function showCounts(counts) {
    if (setBadge('notifications-link', 'unread-notifications', counts.notifications,
        counts.notificationsLabel) && counts.notifications) {
      announce(counts.notificationsLabel);
    }
    if (setBadge('messages-link', 'unread-messages', counts.messages, counts.messagesLabel)
        && counts.messages) {
      announce(counts.messagesLabel);
    }
  }

  // The notice's words come from the server in the page's language (data-link-one, -other,
  // data-spoken-one, -other): "1 new post: show", "# new posts: show", "#" standing for the count.
  function words(notice, kind) {
    var text = notice.getAttribute('data-' + kind + (waiting === 1 ? '-one' : '-other')) || '';
    return text.replace('#', waiting.toLocaleString(document.documentElement.lang || undefined));
  }

  function showWaiting() {
    var notice = document.getElementById('new-posts');
    if (!notice) {
      return;
    }
    notice.firstElementChild.textContent = words(notice, 'link');
    notice.hidden = false;
    announce(words(notice, 'spoken'));
  }

  var source = null;

  function connect() {
    source = new EventSource('/events');
    // Marks the page while the stream is open (for tests and style sheets).
    source.addEventListener('open', function () {
      document.documentElement.setAttribute('data-live', 'open');
    });
    source.addEventListener('error', function () {
      document.documentElement.removeAttribute('data-live');
    });
    source.addEventListener('counts', function (event) {
      showCounts(JSON.parse(event.data));
    });
    source.addEventListener('post', function () {
      waiting += 1;
      showWaiting();
    });
  }

  // A page being left closes its stream at once, so that it never holds one of the browser's few
  // connections to this site while the next page loads (or while it waits in the back-forward
  // cache); a page shown again from that cache opens a new one.
  window.addEventListener('pagehide', function () {
    if (source) {
      source.close();
      source = null;
      document.documentElement.removeAttribute('data-live');
    }
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && !source) {
      connect();
    }
  });
  connect();
}());

// Review console: a small client of the review API (/v1/review-queue, /v1/comments/:id/decision).
// No framework, no external requests. Comment text and every other server value reach the page
// only through textContent / DOM nodes, never innerHTML, so a comment cannot inject markup.
(function () {
  'use strict';

  var TOKEN_KEY = 'moderation.console.token';
  var PAGE = 25;
  var REFRESH_MS = 20000;
  var CHECK_LABELS = { obscenity: 'Obscenity', links: 'Links', personal_attack: 'Personal attack', hate: 'Hate' };

  var state = {
    token: sessionStorage.getItem(TOKEN_KEY),
    me: null,
    sites: {},
    view: 'held',
    items: [],
    current: 0,
    selected: new Set(),
    cursor: null,
    claimedId: null,
    claimTimer: null,
    busy: false,
  };

  var $ = function (id) { return document.getElementById(id); };

  /** Builds an element; children may be strings (as text nodes), nodes, or null. */
  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) node.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); });
      else node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  // ---------------------------------------------------------------- API

  function api(method, path, body) {
    var headers = { accept: 'application/json' };
    if (state.token) headers.authorization = 'Bearer ' + state.token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' })
      .then(function (res) {
        return res.text().then(function (t) {
          var data = null;
          try { data = t ? JSON.parse(t) : null; } catch (e) { data = { message: t }; }
          if (res.status === 401 && path !== '/v1/auth/login') { signedOut('Your session ended. Please sign in again.'); }
          return { status: res.status, ok: res.ok, body: data, headers: res.headers };
        });
      });
  }

  // ---------------------------------------------------------------- helpers

  function ago(iso) {
    if (!iso) return '';
    var s = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
    if (s < 60) return Math.floor(s) + 's ago';
    if (s < 3600) return Math.floor(s / 60) + 'm ago';
    if (s < 86400) return Math.floor(s / 3600) + 'h ago';
    return Math.floor(s / 86400) + 'd ago';
  }

  function until(iso) {
    var s = Math.max(0, Math.round((new Date(iso).getTime() - Date.now()) / 1000));
    return s >= 60 ? Math.ceil(s / 60) + ' min' : s + ' s';
  }

  var RANK = { none: 0, mild: 1, strong: 2, severe: 3 };

  /** The flagged evidence spans of a comment, each with its check, severity and reason. */
  function spansOf(item) {
    var spans = [];
    (item.checks || []).forEach(function (c) {
      if (c.flagged === false) return;
      (c.evidence || []).forEach(function (e) {
        if (typeof e.start === 'number' && typeof e.end === 'number' && e.end > e.start) {
          spans.push({ start: e.start, end: e.end, severity: c.severity, label: (CHECK_LABELS[c.check] || c.check) + (e.reason ? ': ' + e.reason : '') });
        }
      });
    });
    return spans;
  }

  /**
   * Comment text as text nodes with <mark> around the evidence (offsets are UTF-16, like JS strings).
   * Overlapping spans (a profane word inside an insulting phrase) are cut at every boundary, so each
   * piece is marked with its most severe cover and the word stands out within the phrase.
   */
  function highlighted(text, item) {
    var frag = document.createDocumentFragment();
    var spans = spansOf(item);
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(Math.min(s.start, text.length), Math.min(s.end, text.length)); });
    cuts = Array.from(new Set(cuts)).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      if (b <= a) continue;
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var piece = text.slice(a, b);
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var sev = cover.reduce(function (m, s) { return (RANK[s.severity] || 0) > (RANK[m] || 0) ? s.severity : m; }, 'mild');
      var labels = Array.from(new Set(cover.map(function (s) { return s.label; })));
      frag.appendChild(h('mark', { class: 'sev-' + sev + (cover.length > 1 ? ' multi' : ''), title: labels.join('\n') }, piece));
    }
    return frag;
  }

  function checkBadges(item) {
    return (item.checks || []).filter(function (c) { return c.flagged !== false; }).map(function (c) {
      return h('span', { class: 'badge sev-' + c.severity, title: 'score ' + Number(c.score).toFixed(2) + ', ' + c.severity },
        (CHECK_LABELS[c.check] || c.check) + ' ' + Math.round(Number(c.score) * 100) + '%');
    });
  }

  function claimBadge(item) {
    if (!item.claim) return null;
    if (item.claim.mine) return h('span', { class: 'badge claim mine' }, 'Claimed by you');
    return h('span', { class: 'badge claim other', title: 'until ' + item.claim.expiresAt }, 'Claimed by ' + (item.claim.moderatorEmail || 'another moderator'));
  }

  var toastTimer = null;
  function toast(msg, isError) {
    var t = $('toast');
    t.textContent = msg;
    t.className = 'toast' + (isError ? ' error' : '');
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.hidden = true; }, isError ? 5000 : 2200);
  }

  function errorText(res) {
    var b = res.body || {};
    return b.message || ('HTTP ' + res.status);
  }

  // ---------------------------------------------------------------- auth

  function showLogin(message) {
    $('app-view').hidden = true;
    $('login-view').hidden = false;
    $('login-error').textContent = message || '';
    $('login-email').focus();
  }

  function signedOut(message) {
    state.token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin(message);
  }

  $('login-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var email = $('login-email').value.trim();
    var password = $('login-password').value;
    if (!email || !password) { $('login-error').textContent = 'Enter your email and password.'; return; }
    $('login-error').textContent = '';
    api('POST', '/v1/auth/login', { email: email, password: password }).then(function (res) {
      if (res.status === 429) {
        var wait = res.headers.get('retry-after');
        $('login-error').textContent = 'Too many failed attempts. Try again in ' + (wait || 'a few') + ' seconds.';
        return;
      }
      if (!res.ok) { $('login-error').textContent = res.status === 401 ? 'Wrong email or password.' : errorText(res); return; }
      state.token = res.body.token;
      sessionStorage.setItem(TOKEN_KEY, state.token);
      $('login-password').value = '';
      start();
    }).catch(function () { $('login-error').textContent = 'The service is unreachable.'; });
  });

  $('logout-btn').addEventListener('click', function () {
    releaseClaim();
    api('POST', '/v1/auth/logout').finally(function () { signedOut('Signed out.'); });
  });

  function start() {
    api('GET', '/v1/auth/me').then(function (res) {
      if (!res.ok) return;
      state.me = res.body;
      $('who').textContent = res.body.email + (res.body.role === 'admin' ? ' (admin)' : '');
      var select = $('f-site');
      while (select.options.length > 1) select.remove(1);
      state.sites = {};
      res.body.sites.forEach(function (s) {
        state.sites[s.id] = s.name;
        select.appendChild(h('option', { value: s.id }, s.name));
      });
      $('login-view').hidden = true;
      $('app-view').hidden = false;
      load(false);
    });
  }

  // ---------------------------------------------------------------- queue

  function query(cursor) {
    var p = new URLSearchParams();
    p.set('view', state.view);
    p.set('limit', String(PAGE));
    [['siteId', 'f-site'], ['check', 'f-check'], ['severity', 'f-severity'], ['sort', 'f-sort']].forEach(function (pair) {
      var v = $(pair[1]).value;
      if (v) p.set(pair[0], v);
    });
    if (cursor) p.set('cursor', cursor);
    return '/v1/review-queue?' + p.toString();
  }

  /** Loads the first page (or the next one when `more`), keeping the current item when it is still there. */
  function load(more) {
    var keepId = currentItem() && currentItem().id;
    return api('GET', query(more ? state.cursor : null)).then(function (res) {
      if (!res.ok) { if (res.status !== 401) toast(errorText(res), true); return; }
      state.items = more ? state.items.concat(res.body.items) : res.body.items;
      state.cursor = res.body.nextCursor;
      var ids = new Set(state.items.map(function (i) { return i.id; }));
      state.selected.forEach(function (id) { if (!ids.has(id)) state.selected.delete(id); });
      var idx = keepId ? state.items.findIndex(function (i) { return i.id === keepId; }) : -1;
      state.current = idx >= 0 ? idx : Math.min(state.current, Math.max(0, state.items.length - 1));
      renderKeepingNote();
    });
  }

  function currentItem() { return state.items[state.current] || null; }

  function render() {
    var list = $('queue-list');
    list.textContent = '';
    state.items.forEach(function (item, i) {
      var selected = state.selected.has(item.id);
      var li = h('li', {
        class: 'item' + (i === state.current ? ' current' : '') + (selected ? ' selected' : ''),
        'data-id': item.id,
        'aria-current': i === state.current ? 'true' : null,
        onclick: function (ev) { if (ev.target.tagName !== 'INPUT') { state.current = i; render(); } },
      },
      h('input', { type: 'checkbox', 'aria-label': 'Select', checked: selected, onchange: function () { toggleSelect(item.id); } }),
      h('div', { class: 'item-meta' },
        item.severity !== 'none' ? h('span', { class: 'badge sev-' + item.severity }, item.severity) : null,
        h('span', null, state.sites[item.siteId] || 'site'),
        h('span', null, '·'),
        h('span', null, item.author.name || item.author.id),
        h('span', null, '·'),
        h('span', { title: item.heldAt }, 'held ' + ago(item.heldAt))),
      h('p', { class: 'item-text' }, highlighted(item.text, item)),
      h('div', { class: 'item-foot' }, checkBadges(item), item.reports.open.length ? h('span', { class: 'badge reports' }, item.reports.open.length + ' reports') : null, claimBadge(item)));
      list.appendChild(li);
    });
    $('queue-empty').hidden = state.items.length > 0;
    $('more-btn').hidden = !state.cursor;
    $('count-' + state.view).textContent = state.items.length ? String(state.items.length) + (state.cursor ? '+' : '') : '';
    $('count-' + (state.view === 'held' ? 'reported' : 'held')).textContent = '';
    document.querySelectorAll('.tab').forEach(function (t) { t.setAttribute('aria-pressed', String(t.getAttribute('data-view') === state.view)); });
    $('bulkbar').hidden = state.selected.size === 0;
    $('bulk-count').textContent = String(state.selected.size);
    renderDetail();
    var cur = list.querySelector('.item.current');
    if (cur && cur.scrollIntoView) cur.scrollIntoView({ block: 'nearest' });
    scheduleClaim();
  }

  function renderDetail() {
    var d = $('detail');
    var item = currentItem();
    d.textContent = '';
    if (!item) {
      d.appendChild(h('div', { class: 'detail-empty' }, 'Select a comment to review it. Press ', h('kbd', null, '?'), ' for shortcuts.'));
      return;
    }
    var claimOther = item.claim && !item.claim.mine;
    var hist = item.authorHistory;
    d.appendChild(h('div', { class: 'detail-head' },
      h('h2', null, item.author.name || item.author.id, item.severity !== 'none' ? h('span', { class: 'badge sev-' + item.severity }, item.severity) : null, checkBadges(item)),
      h('div', { class: 'meta' },
        (state.sites[item.siteId] || 'site') + ' · ' + (item.language || 'unknown language') + ' · held ' + ago(item.heldAt) + ' · ',
        item.articleUrl && /^https?:\/\//i.test(item.articleUrl) ? h('a', { href: item.articleUrl, target: '_blank', rel: 'noopener noreferrer nofollow' }, item.articleUrl) : (item.articleUrl || 'no article')),
      claimOther ? h('p', { class: 'claim-banner' }, (item.claim.moderatorEmail || 'Another moderator') + ' is reviewing this comment (claim ends in ' + until(item.claim.expiresAt) + ').') : null,
      item.claim && item.claim.mine ? h('p', { class: 'claim-banner mine' }, 'You are reviewing this comment; others see it as claimed.') : null));
    d.appendChild(h('p', { class: 'comment-text', id: 'comment-text' }, highlighted(item.text, item)));
    var note = h('textarea', { id: 'note', rows: '1', maxlength: '2000', placeholder: 'Note for the log (optional) — press n' });
    d.appendChild(h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn btn-approve', disabled: claimOther, onclick: function () { decide('approve'); } }, 'Approve ', h('kbd', null, 'a')),
      h('button', { type: 'button', class: 'btn btn-reject', disabled: claimOther, onclick: function () { decide('reject'); } }, 'Reject ', h('kbd', null, 'r')),
      h('button', { type: 'button', class: 'btn btn-remove', disabled: claimOther, onclick: function () { decide('remove'); } }, 'Remove ', h('kbd', null, 'd')),
      h('button', { type: 'button', class: 'btn btn-ghost', onclick: function () { toggleSelect(item.id); } }, state.selected.has(item.id) ? 'Unselect ' : 'Select ', h('kbd', null, 'x')),
      note));

    var rows = (item.checks || []).map(function (c) {
      var score = Math.max(0, Math.min(1, Number(c.score) || 0));
      return h('tr', null,
        h('td', null, CHECK_LABELS[c.check] || c.check),
        h('td', null, h('span', { class: 'badge sev-' + c.severity }, c.severity)),
        h('td', { class: 'score' }, h('span', { class: 'scorebar' }, h('span', { style: null, 'data-w': score })), score.toFixed(2)),
        h('td', { class: 'spans' }, (c.evidence || []).map(function (e) { return '“' + e.text + '” (' + e.reason + ')'; }).join(', ') || '—'));
    });
    d.appendChild(h('div', { class: 'panel' }, h('h3', null, 'Why it was held'),
      rows.length ? h('table', { class: 'checks' }, h('thead', null, h('tr', null, h('th', null, 'Check'), h('th', null, 'Severity'), h('th', null, 'Score'), h('th', null, 'Evidence'))), h('tbody', null, rows))
        : h('p', { class: 'muted' }, (item.explanation || []).join(' ') || 'Held by the site policy (no check flagged it).')));
    // Widths set through the CSSOM: the CSP forbids inline style attributes.
    d.querySelectorAll('.scorebar > span').forEach(function (s) { s.style.width = Math.round(Number(s.getAttribute('data-w')) * 100) + '%'; });

    if (item.reports.open.length) {
      d.appendChild(h('div', { class: 'panel' }, h('h3', null, 'Reader reports (' + item.reports.open.length + ' open, ' + item.reports.total + ' total)'),
        h('ul', { class: 'reports-list' }, item.reports.open.map(function (r) {
          return h('li', null, h('span', { class: 'when' }, ago(r.at)), h('span', null, r.reason), h('span', { class: 'muted' }, '— ' + r.reporterId));
        }))));
    }

    d.appendChild(h('div', { class: 'panel' }, h('h3', null, 'Author history on this site'),
      h('div', { class: 'stats' },
        stat(hist.approved, 'approved'), stat(hist.rejected, 'rejected'), stat(hist.held, 'held'), stat(hist.removed, 'removed')),
      h('ul', { class: 'history' }, hist.lastDecisions.filter(function (x) { return x.commentId !== item.id; }).map(function (x) {
        return h('li', null, h('span', { class: 'status status-' + x.status }, x.status), h('span', { class: 'excerpt', title: x.excerpt }, x.excerpt), h('span', { class: 'when' }, ago(x.decidedAt)));
      }))));
    function stat(n, what) { return h('div', { class: 'stat' }, h('b', null, String(n)), h('span', null, what)); }

    var ul = h('ul', { class: 'log', id: 'log' });
    d.appendChild(h('div', { class: 'panel' }, h('h3', null, 'Log'), ul));
    api('GET', '/v1/comments/' + encodeURIComponent(item.id) + '/log').then(function (res) {
      // A later render replaced this panel: its own request fills the new one.
      if (!res.ok || !ul.isConnected) return;
      res.body.items.slice(-8).forEach(function (e) {
        ul.appendChild(h('li', null, h('span', { class: 'when' }, ago(e.at)),
          h('span', null, e.action + (e.toStatus && e.fromStatus !== e.toStatus ? ' → ' + e.toStatus : '')),
          h('span', { class: 'muted' }, e.actor + (e.reason ? ' — ' + e.reason : ''))));
      });
    });
  }

  // ---------------------------------------------------------------- claims

  function releaseClaim() {
    var id = state.claimedId;
    state.claimedId = null;
    if (id) api('POST', '/v1/review-queue/' + encodeURIComponent(id) + '/release');
  }

  /** Claims the item under the cursor once the moderator stays on it briefly (j/j/j does not claim each one). */
  function scheduleClaim() {
    clearTimeout(state.claimTimer);
    var item = currentItem();
    if (!item || (item.id === state.claimedId && item.claim && item.claim.mine)) return;
    state.claimTimer = setTimeout(function () {
      if (currentItem() !== item) return;
      if (state.claimedId !== item.id) releaseClaim();
      api('POST', '/v1/review-queue/' + encodeURIComponent(item.id) + '/claim').then(function (res) {
        if (res.ok) {
          state.claimedId = item.id;
          item.claim = { moderatorId: res.body.moderatorId, moderatorEmail: res.body.moderatorEmail, claimedAt: res.body.claimedAt, expiresAt: res.body.expiresAt, mine: true };
        } else if (res.status === 409 && res.body && res.body.code === 'claimed_by_other') {
          var c = res.body.details || {};
          item.claim = { moderatorId: c.moderatorId, moderatorEmail: c.moderatorEmail, claimedAt: c.claimedAt, expiresAt: c.expiresAt, mine: false };
        } else {
          return;
        }
        if (currentItem() === item) renderKeepingNote();
      });
    }, 350);
  }

  function renderKeepingNote() {
    var note = $('note') ? $('note').value : '';
    var focused = document.activeElement && document.activeElement.id === 'note';
    render();
    if ($('note')) { $('note').value = note; if (focused) $('note').focus(); }
  }

  // ---------------------------------------------------------------- decisions

  var DONE = { approve: 'Approved', reject: 'Rejected', remove: 'Removed' };

  function decide(outcome) {
    var item = currentItem();
    if (!item || state.busy) return;
    var note = $('note') ? $('note').value.trim() : '';
    var body = { outcome: outcome, expectedVersion: item.version };
    if (note) body.note = note;
    state.busy = true;
    api('POST', '/v1/comments/' + encodeURIComponent(item.id) + '/decision', body).then(function (res) {
      state.busy = false;
      if (res.ok) {
        if (state.claimedId === item.id) state.claimedId = null;
        dropItems([item.id]);
        toast(DONE[outcome] + ' — ' + excerpt(item.text));
      } else if (res.status === 409) {
        toast(errorText(res), true);
        load(false);
      } else if (res.status !== 401) {
        toast(errorText(res), true);
      }
    }, function () { state.busy = false; toast('The service is unreachable.', true); });
  }

  function bulk(outcome) {
    var ids = Array.from(state.selected);
    if (!ids.length || state.busy) return;
    state.busy = true;
    api('POST', '/v1/review-queue/decisions', { ids: ids, outcome: outcome }).then(function (res) {
      state.busy = false;
      if (!res.ok) { if (res.status !== 401) toast(errorText(res), true); return; }
      var done = res.body.results.filter(function (r) { return r.ok; }).map(function (r) { return r.id; });
      dropItems(done);
      state.selected.clear();
      toast(DONE[outcome] + ' ' + res.body.applied + (res.body.failed ? ' (' + res.body.failed + ' changed meanwhile)' : ''), res.body.failed > 0);
      if (res.body.failed) load(false);
      else render();
    }, function () { state.busy = false; toast('The service is unreachable.', true); });
  }

  function dropItems(ids) {
    var gone = new Set(ids);
    var curId = currentItem() && currentItem().id;
    var before = state.items.length;
    state.items = state.items.filter(function (i) { return !gone.has(i.id); });
    gone.forEach(function (id) { state.selected.delete(id); });
    if (curId && gone.has(curId)) state.current = Math.min(state.current, Math.max(0, state.items.length - 1));
    else state.current = Math.max(0, state.items.findIndex(function (i) { return i.id === curId; }));
    render();
    if (state.items.length < PAGE / 2 && state.cursor && before !== state.items.length) load(false);
  }

  function excerpt(text) { return text.length > 60 ? text.slice(0, 57) + '…' : text; }

  function toggleSelect(id) {
    if (state.selected.has(id)) state.selected.delete(id); else state.selected.add(id);
    renderKeepingNote();
  }

  function move(delta) {
    if (!state.items.length) return;
    state.current = Math.max(0, Math.min(state.items.length - 1, state.current + delta));
    render();
  }

  function setView(view) {
    if (view === state.view) return;
    releaseClaim();
    state.view = view;
    state.items = [];
    state.current = 0;
    state.selected.clear();
    load(false);
  }

  // ---------------------------------------------------------------- wiring

  document.querySelectorAll('.tab').forEach(function (t) { t.addEventListener('click', function () { setView(t.getAttribute('data-view')); }); });
  ['f-site', 'f-check', 'f-severity', 'f-sort'].forEach(function (id) {
    $(id).addEventListener('change', function () { releaseClaim(); state.current = 0; state.selected.clear(); load(false); });
  });
  $('more-btn').addEventListener('click', function () { load(true); });
  $('help-btn').addEventListener('click', function () { $('help').hidden = false; });
  $('help-close').addEventListener('click', function () { $('help').hidden = true; });
  $('help').addEventListener('click', function (ev) { if (ev.target === $('help')) $('help').hidden = true; });
  document.querySelectorAll('[data-bulk]').forEach(function (b) {
    b.addEventListener('click', function () {
      var what = b.getAttribute('data-bulk');
      if (what === 'clear') { state.selected.clear(); renderKeepingNote(); } else bulk(what);
    });
  });

  document.addEventListener('keydown', function (ev) {
    if ($('app-view').hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = ev.target && ev.target.tagName;
    if (ev.key === 'Escape') {
      $('help').hidden = true;
      if (tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT') ev.target.blur();
      return;
    }
    if (tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT') return;
    var handled = true;
    switch (ev.key) {
      case 'j': case 'ArrowDown': move(1); break;
      case 'k': case 'ArrowUp': move(-1); break;
      case 'a': decide('approve'); break;
      case 'r': decide('reject'); break;
      case 'd': decide('remove'); break;
      case 'x': if (currentItem()) toggleSelect(currentItem().id); break;
      case 'A': bulk('approve'); break;
      case 'R': bulk('reject'); break;
      case 'n': if ($('note')) $('note').focus(); break;
      case 'h': setView(state.view === 'held' ? 'reported' : 'held'); break;
      case '?': $('help').hidden = !$('help').hidden; break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  // Keep the queue fresh (new held comments, others' claims) without disturbing the moderator.
  setInterval(function () {
    if (!state.token || $('app-view').hidden || state.busy || document.hidden || !$('help').hidden) return;
    if (document.activeElement && document.activeElement.id === 'note' && $('note').value) return;
    load(false);
  }, REFRESH_MS);
  window.addEventListener('pagehide', releaseClaim);

  if (state.token) start(); else showLogin();
})();

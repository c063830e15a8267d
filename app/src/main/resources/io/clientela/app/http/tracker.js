/*
 * Clientela web tracker. Served by `clientela serve` at /tracker.js; see docs/api.md.
 *
 *   <script src="/tracker.js"></script>
 *   <script>
 *     clientela.init({ key: 'clk_..._...' });      // a write-only key
 *     clientela.page();                             // page_view
 *     clientela.product('P-1', { price: 9.5 });     // product_view
 *     clientela.addToCart('P-1', { quantity: 1 });  // add_to_cart
 *     clientela.identify('C-17', 'ana@example.com');// identify (login() sends login)
 *     clientela.order({ order_id: 'O-1', currency: 'EUR', lines: [{ product_id: 'P-1', quantity: 1, unit_price: 9.5 }] });
 *   </script>
 *
 * Events are queued and sent in batches (every `flushInterval` ms or when `batchSize` are waiting,
 * and when the page is hidden). Every event has a random event_id, so a batch sent twice is stored
 * once: failed sends (network, 429, 5xx) are retried with exponential back-off and jitter, honouring
 * Retry-After. A 400 means some items broke a field rule; they are kept in the server's quarantine
 * and not sent again. The anonymous id lives in localStorage, the session id in sessionStorage and
 * ends after 30 minutes without activity. The page address and referrer are sent without the query
 * parameters named in `stripParams` (key, token, email... see `defaults`) and without any whose value
 * is the tracker's key; the server strips its own list (collector: strip_query_params) again.
 */
(function (global) {
  'use strict';

  var SESSION_IDLE_MS = 30 * 60 * 1000;
  var defaults = { endpoint: '/api/v1/events', ordersEndpoint: '/api/v1/orders', batchSize: 20, flushInterval: 2000,
    maxQueue: 1000, maxBackoff: 30000, channel: 'web',
    stripParams: ['key', 'api_key', 'apikey', 'token', 'access_token', 'id_token', 'refresh_token', 'auth', 'password', 'pwd', 'secret', 'email'] };

  /**
   * The address without the query (and query-like fragment) parameters named in `names`, nor any
   * whose value is `secret` (the tracker's own key): a page address must not carry them into the
   * store. The server takes out its own list again (collector: strip_query_params).
   */
  function stripUrl(url, names, secret) {
    if (!url || (url.indexOf('?') < 0 && url.indexOf('#') < 0)) {
      return url || null;
    }
    var lower = names.map(function (n) { return String(n).toLowerCase(); });
    function keep(query) {
      return query.split('&').filter(function (part) {
        if (!part) { return false; }
        var eq = part.indexOf('=');
        var name = eq < 0 ? part : part.slice(0, eq);
        var value = eq < 0 ? '' : part.slice(eq + 1);
        try { name = decodeURIComponent(name.replace(/\+/g, ' ')); value = decodeURIComponent(value.replace(/\+/g, ' ')); } catch (e) { /* as written */ }
        return lower.indexOf(name.trim().toLowerCase()) < 0 && !(secret && value === secret);
      }).join('&');
    }
    var hash = url.indexOf('#');
    var fragment = hash < 0 ? null : url.slice(hash + 1);
    var rest = hash < 0 ? url : url.slice(0, hash);
    var q = rest.indexOf('?');
    var out = q < 0 ? rest : rest.slice(0, q);
    if (q >= 0) {
      var query = keep(rest.slice(q + 1));
      if (query) { out += '?' + query; }
    }
    if (fragment !== null) {
      var f = fragment.indexOf('=') >= 0 ? keep(fragment) : fragment;
      if (f) { out += '#' + f; }
    }
    return out;
  }

  function uuid() {
    if (global.crypto && global.crypto.randomUUID) {
      return global.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    (global.crypto || { getRandomValues: function (a) { for (var i = 0; i < a.length; i++) { a[i] = Math.floor(Math.random() * 256); } } })
      .getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function store(kind) {
    try {
      var s = global[kind];
      s.setItem('clientela.test', '1');
      s.removeItem('clientela.test');
      return s;
    } catch (e) {
      var mem = {};
      return { getItem: function (k) { return mem[k] || null; }, setItem: function (k, v) { mem[k] = String(v); }, removeItem: function (k) { delete mem[k]; } };
    }
  }

  /** A queue of items for one endpoint, sent in batches with retry. */
  function Sender(tracker, endpoint, batchSize) {
    this.tracker = tracker;
    this.endpoint = endpoint;
    this.batchSize = batchSize;
    this.queue = [];
    this.inFlight = null;
    this.attempt = 0;
    this.timer = null;
  }

  Sender.prototype.add = function (item) {
    if (this.queue.length >= this.tracker.options.maxQueue) {
      this.queue.shift();
      this.tracker.stats.dropped++;
    }
    this.queue.push(item);
    if (this.queue.length >= this.batchSize) {
      this.send();
    } else {
      this.schedule(this.tracker.options.flushInterval);
    }
  };

  Sender.prototype.schedule = function (ms) {
    var self = this;
    if (this.timer === null) {
      this.timer = setTimeout(function () { self.timer = null; self.send(); }, ms);
    }
  };

  /** Sends the next batch; resolves when the queue is empty or a retry is scheduled. */
  Sender.prototype.send = function () {
    var self = this;
    if (this.inFlight) {
      return this.inFlight;
    }
    if (this.queue.length === 0) {
      return Promise.resolve();
    }
    var batch = this.queue.slice(0, this.batchSize);
    var t = this.tracker;
    this.inFlight = fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + t.options.key },
      body: JSON.stringify(batch),
      keepalive: true
    }).then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        return { status: res.status, body: body, retryAfter: res.headers.get('Retry-After') };
      });
    }, function (err) {
      return { status: 0, body: { detail: String(err) }, retryAfter: null };
    }).then(function (r) {
      self.inFlight = null;
      t.lastResponse = r;
      t.emit('response', { endpoint: self.endpoint, status: r.status, body: r.body, items: batch.length });
      if (r.status === 202 || r.status === 400 || r.status === 401 || r.status === 403 || r.status === 413) {
        // done with this batch: stored, or refused for good (a retry would get the same answer)
        self.queue.splice(0, batch.length);
        self.attempt = 0;
        if (r.status === 202) {
          t.stats.sent += batch.length;
        } else {
          t.stats.refused += batch.length;
          if (global.console) { global.console.warn('clientela: ' + self.endpoint + ' answered ' + r.status, r.body); }
        }
        return self.queue.length ? self.send() : undefined;
      }
      self.attempt++;
      t.stats.retries++;
      var wait = Math.min(t.options.maxBackoff, 500 * Math.pow(2, self.attempt - 1));
      if (r.retryAfter && !isNaN(Number(r.retryAfter))) {
        wait = Math.max(wait, Number(r.retryAfter) * 1000);
      }
      self.schedule(wait * (0.5 + Math.random() / 2));
      return undefined;
    });
    return this.inFlight;
  };

  function Tracker() {
    this.options = null;
    this.stats = { sent: 0, refused: 0, retries: 0, dropped: 0 };
    this.lastResponse = null;
    this.listeners = [];
    this.local = store('localStorage');
    this.session = store('sessionStorage');
  }

  Tracker.prototype.init = function (options) {
    var o = {};
    for (var k in defaults) { o[k] = defaults[k]; }
    for (var j in options || {}) { o[j] = options[j]; }
    if (!o.key) {
      throw new Error('clientela.init: a write API key is needed ({ key: "clk_..." })');
    }
    this.options = o;
    this.events = new Sender(this, o.endpoint, o.batchSize);
    this.orders = new Sender(this, o.ordersEndpoint, 1);
    var self = this;
    if (global.addEventListener) {
      global.addEventListener('pagehide', function () { self.flush(); });
      global.addEventListener('visibilitychange', function () { if (global.document && global.document.visibilityState === 'hidden') { self.flush(); } });
    }
    return this;
  };

  Tracker.prototype.on = function (fn) { this.listeners.push(fn); };

  Tracker.prototype.emit = function (what, data) {
    this.listeners.forEach(function (fn) { try { fn(what, data); } catch (e) { /* a listener's problem is its own */ } });
  };

  Tracker.prototype.anonymousId = function () {
    var id = this.local.getItem('clientela.anonymous_id');
    if (!id) {
      id = uuid();
      this.local.setItem('clientela.anonymous_id', id);
    }
    return id;
  };

  Tracker.prototype.sessionId = function () {
    var now = Date.now();
    var id = this.session.getItem('clientela.session_id');
    var last = Number(this.session.getItem('clientela.session_seen') || 0);
    if (!id || now - last > SESSION_IDLE_MS) {
      id = uuid();
      this.session.setItem('clientela.session_id', id);
    }
    this.session.setItem('clientela.session_seen', String(now));
    return id;
  };

  /** Queues an event of `type` with `properties`; `extra` sets top-level members (product_id, url...). */
  Tracker.prototype.track = function (type, properties, extra) {
    if (!this.options) {
      throw new Error('clientela: call clientela.init({ key: ... }) first');
    }
    var loc = global.location || {};
    var e = {
      event_id: uuid(),
      type: type,
      occurred_at: new Date().toISOString(),
      anonymous_id: this.anonymousId(),
      session_id: this.sessionId(),
      channel: this.options.channel,
      url: stripUrl(loc.href, this.options.stripParams, this.options.key),
      referrer: stripUrl(global.document && global.document.referrer, this.options.stripParams, this.options.key),
      properties: properties || {}
    };
    var customer = this.local.getItem('clientela.customer_id');
    var email = this.local.getItem('clientela.email');
    if (customer) { e.customer_id = customer; }
    if (email) { e.email = email; }
    for (var k in extra || {}) { e[k] = extra[k]; }
    this.events.add(e);
    this.emit('track', e);
    return e;
  };

  Tracker.prototype.page = function (properties) {
    return this.track('page_view', properties || { title: global.document ? global.document.title : null });
  };

  Tracker.prototype.product = function (productId, properties) {
    return this.track('product_view', properties, { product_id: String(productId) });
  };

  Tracker.prototype.addToCart = function (productId, properties) {
    return this.track('add_to_cart', properties, { product_id: String(productId) });
  };

  Tracker.prototype.removeFromCart = function (productId, properties) {
    return this.track('remove_from_cart', properties, { product_id: String(productId) });
  };

  /** Links this browser to a customer: later events carry the id (and e-mail). */
  Tracker.prototype.identify = function (customerId, email, type) {
    this.local.setItem('clientela.customer_id', String(customerId));
    if (email) { this.local.setItem('clientela.email', String(email)); }
    return this.track(type || 'identify', {});
  };

  Tracker.prototype.login = function (customerId, email) {
    return this.identify(customerId, email, 'login');
  };

  Tracker.prototype.logout = function () {
    var e = this.track('logout', {});
    this.local.removeItem('clientela.customer_id');
    this.local.removeItem('clientela.email');
    return e;
  };

  /**
   * An order: sends an `order` event and the order itself (with its lines) to the orders endpoint.
   * order = { order_id, currency, lines: [{ product_id, quantity, unit_price }] }
   */
  Tracker.prototype.order = function (order) {
    var revenue = 0;
    (order.lines || []).forEach(function (l) { revenue += (Number(l.quantity) || 0) * (Number(l.unit_price) || 0); });
    var e = this.track('order', { order_id: order.order_id, revenue: Math.round(revenue * 100) / 100, currency: order.currency || null,
      items: (order.lines || []).length });
    var o = {};
    for (var k in order) { o[k] = order[k]; }
    o.ordered_at = o.ordered_at || e.occurred_at;
    o.channel = o.channel || this.options.channel;
    if (e.customer_id && !o.customer_id) { o.customer_id = e.customer_id; }
    if (e.email && !o.email) { o.email = e.email; }
    this.orders.add(o);
    return e;
  };

  /** Sends everything queued now; resolves when both queues are sent or waiting for a retry. */
  Tracker.prototype.flush = function () {
    var self = this;
    if (!this.options) {
      return Promise.resolve();
    }
    return Promise.all([this.events.send(), this.orders.send()]).then(function () {
      return { pendingEvents: self.events.queue.length, pendingOrders: self.orders.queue.length, stats: self.stats };
    });
  };

  Tracker.prototype.stripUrl = stripUrl;

  global.clientela = new Tracker();
})(typeof window !== 'undefined' ? window : this);

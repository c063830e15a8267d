'use strict';
/* The dashboard. Every value from the server is put into the page as text (textContent), never as HTML. */
(function () {
  const t = I18N.t;
  const state = {me: null, filters: null, charts: []};
  const main = document.getElementById('main');

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v; else if (k === 'i18n') { e.setAttribute('data-i18n', v); e.textContent = t(v); }
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else if (v !== null && v !== undefined) e.setAttribute(k, v);
    });
    children.flat(Infinity).forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? '' : String(c))));
    return e;
  }

  class Denied extends Error {}

  /* Requests under way: a bar at the top of the page while any is pending (body[data-pending] counts them). */
  state.pending = 0;
  function pending(delta) {
    state.pending = Math.max(0, state.pending + delta);
    document.body.setAttribute('data-pending', String(state.pending));
    const bar = document.getElementById('loading');
    if (bar) bar.hidden = state.pending === 0;
  }

  /* To the sign-in page, which brings the user back to this very view (its filters and page) afterwards. */
  function toLogin() {
    location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search + location.hash);
  }

  async function api(path, options) {
    pending(1);
    try {
      // the server's error messages come in the dashboard's language (English for those it has no translation of)
      const headers = Object.assign({'X-CSRF-Token': state.me ? state.me.csrf_token : '', 'Accept-Language': I18N.lang()}, (options || {}).headers || {});
      const res = await fetch(path, Object.assign({credentials: 'same-origin'}, options || {}, {headers: headers}));
      if (res.status === 401) { toLogin(); throw new Error('signed out'); }
      if (res.status === 403) throw new Denied((await res.json()).detail);
      if (!res.ok) {
        let d = res.status, problem = null;
        try { problem = await res.json(); d = problem.detail; } catch (e) { /* */ }
        const err = new Error(d);
        err.problem = problem;
        throw err;
      }
      return res.status === 204 ? null : res.json();
    } finally {
      pending(-1);
    }
  }

  /* ---- Global filters: period preset or custom from/to, comparison, customer filters; kept in the page's query string ---- */
  const FILTER_KEYS = ['country', 'region', 'channel', 'segment'];
  const PRESETS = ['default', 'last30', 'last90', 'quarter', 'lastquarter', 'year', 'last12', 'all', 'custom'];
  const iso = (d) => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  /* The dates of a preset, from the browser's today (null: the server's default window, the running month and the 12 full months before it). */
  function presetDates(p) {
    const now = new Date();
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const days = (n) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n);
    const q = Math.floor(today.getMonth() / 3) * 3;
    switch (p) {
      case 'last30': return [days(29), today];
      case 'last90': return [days(89), today];
      case 'quarter': return [new Date(today.getFullYear(), q, 1), today];
      case 'lastquarter': return [new Date(today.getFullYear(), q - 3, 1), new Date(today.getFullYear(), q, 0)];
      case 'year': return [new Date(today.getFullYear(), 0, 1), today];
      case 'last12': return [new Date(today.getFullYear(), today.getMonth() - 11, 1), today];
      case 'all': return state.filters && state.filters.data_from ? [new Date(state.filters.data_from + 'T00:00:00'), new Date(state.filters.data_to + 'T00:00:00')] : null;
      default: return null;
    }
  }
  const $ = (id) => document.getElementById(id);

  /* The global filters as the API takes them (from, to, country, region, channel, segment), plus `extra`; without the comparison. */
  function filterQuery(extra) {
    const p = new URLSearchParams();
    const from = $('f-from').value, to = $('f-to').value;
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    FILTER_KEYS.forEach(k => { const v = $('f-' + k).value; if (v) p.set(k, v); });
    if ($('f-region').value && !$('f-country').value) {
      const c = $('f-region').selectedOptions[0] && $('f-region').selectedOptions[0].getAttribute('data-country');
      if (c) p.set('country', c);
    }
    Object.entries(extra || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) p.set(k, v); });
    return p.toString();
  }
  /* The filters plus the comparison (compare=previous|year): the value pages report it in not_applied, the overview compares. */
  const withCompare = (extra) => filterQuery(Object.assign({compare: $('f-compare').value}, extra || {}));

  /* Writes the filters into the page's address (?period=..&from=..&to=..&compare=..&country=..), so a view can be shared and survives a reload. */
  function saveFilters() {
    const p = new URLSearchParams();
    const preset = $('f-period').value;
    if (preset !== 'default') p.set('period', preset);
    if (preset === 'custom') { ['from', 'to'].forEach(k => { if ($('f-' + k).value) p.set(k, $('f-' + k).value); }); }
    if ($('f-compare').value) p.set('compare', $('f-compare').value);
    FILTER_KEYS.forEach(k => { if ($('f-' + k).value) p.set(k, $('f-' + k).value); });
    const qs = p.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
    $('filters').setAttribute('data-active', String([...p.keys()].length));
  }

  function applyPreset() {
    const d = presetDates($('f-period').value);
    if ($('f-period').value !== 'custom') { $('f-from').value = d ? iso(d[0]) : ''; $('f-to').value = d ? iso(d[1]) : ''; }
  }

  /* Reads the filters from the page's address into the filter bar. */
  function loadFilters() {
    const p = new URLSearchParams(location.search);
    const preset = PRESETS.includes(p.get('period')) ? p.get('period') : (p.get('from') || p.get('to') ? 'custom' : 'default');
    $('f-period').value = preset;
    if (preset === 'custom') { $('f-from').value = p.get('from') || ''; $('f-to').value = p.get('to') || ''; } else applyPreset();
    $('f-compare').value = ['previous', 'year'].includes(p.get('compare')) ? p.get('compare') : '';
    FILTER_KEYS.forEach(k => {
      const s = $('f-' + k), v = p.get(k) || '';
      if (v && ![...s.options].some(o => o.value === v)) s.append(el('option', {value: v, text: v}));
      s.value = v;
    });
    narrowRegions();
  }

  /* Regions listed under their country; choosing a country leaves only its regions, choosing a region its country. */
  function fillRegions() {
    const s = $('f-region'), f = state.filters || {};
    const groups = f.regions_by_country || {};
    s.replaceChildren(el('option', {value: '', i18n: 'f.all'}), ...Object.entries(groups).map(([country, regions]) =>
      el('optgroup', {label: country || '–', 'data-country': country}, regions.map(r => el('option', {value: r, text: r, 'data-country': country})))));
  }
  function narrowRegions() {
    const country = $('f-country').value;
    $('f-region').querySelectorAll('optgroup').forEach(g => { g.hidden = !!country && g.getAttribute('data-country') !== country; g.disabled = g.hidden; });
    const chosen = $('f-region').selectedOptions[0];
    if (country && chosen && chosen.value && chosen.getAttribute('data-country') !== country) $('f-region').value = '';
  }

  /* The filters a page's data does not follow (the server's not_applied), said in words. */
  function notApplied(d) {
    const list = (d && d.not_applied) || [];
    if (!list.length) return '';
    return el('p', {class: 'muted not-applied', id: 'not-applied', 'data-filters': list.join(',')},
      t('t.notapplied') + ': ' + list.map(f => t('t.filter.' + f) === 't.filter.' + f ? (t('f.' + f) === 'f.' + f ? f : t('f.' + f)) : t('t.filter.' + f)).join(', '));
  }

  /* A customer list behind a chart element: #list/ with the global filters and the element's own. */
  function drill(params) {
    location.hash = '#list/' + filterQuery(params);
  }

  const compact = () => new Intl.NumberFormat(I18N.locale(), {notation: 'compact', maximumFractionDigits: 1});
  /* Numbers on axes as in the tables (Hungarian "10 000"); money with its currency, in short form only from a million up. */
  const axisNum = (v) => Math.abs(v) >= 1e9 ? compact().format(v) : I18N.num(v);
  const axisMoney = (currency) => (v) => Math.abs(v) < 1e6 ? I18N.money(v, currency) : currency ? new Intl.NumberFormat(I18N.locale(),
    {style: 'currency', currency: currency, notation: 'compact', maximumFractionDigits: 1}).format(v) : compact().format(v);
  const monthLabel = (ym) => new Intl.DateTimeFormat(I18N.locale(), {year: 'numeric', month: 'short', timeZone: 'UTC'}).format(new Date(ym + '-01T00:00:00Z'));
  /* Money columns of a table with the workspace's currency; a withheld figure stays a dash with its reason. */
  const moneyCols = (...cols) => Object.fromEntries(cols.map(c => [c, (v, r) => withheld(r, v, x => I18N.money(x, state.filters && state.filters.currency))]));
  const pct = (v) => new Intl.NumberFormat(I18N.locale(), {style: 'percent', maximumFractionDigits: 0}).format(v);

  /* A chart in a card; `size` ({height, minWidth} in px) for a chart that needs room: narrower screens scroll it inside its card. */
  function chart(title, option, points, onClick, size) {
    const style = size ? (size.height ? 'height:' + size.height + 'px;' : '') + (size.minWidth ? 'min-width:' + size.minWidth + 'px;' : '') : null;
    const box = el('div', {class: 'chart', 'data-points': String(points), style: style});
    const card = el('div', {class: 'card'}, el('h3', {text: title}), size && size.minWidth ? el('div', {class: 'chart-scroll'}, box) : box);
    requestAnimationFrame(() => {
      const c = echarts.init(box, null, {renderer: 'canvas'});
      c.setOption(Object.assign({animation: false, tooltip: {}, grid: {containLabel: true, left: 16, right: 24, top: 48, bottom: 56}}, option));
      if (onClick) {
        c.on('click', onClick);
        box.classList.add('clickable');
      }
      state.charts.push(c);
      box.chart = c;
      box.setAttribute('data-rendered', 'true');
    });
    return card;
  }

  /* A group of fewer customers than the minimum group size (the server marks it "suppressed"): its size reads "<5",
     its withheld figures a dash, and both carry the reason as a tooltip. */
  function smallReason(r) { return t('suppressed').replace('{n}', ((r && r.suppressed) || '').replace(/\D+/g, '') || '5'); }
  function withheld(r, v, fmt) {
    if (!r || !r.suppressed || (v !== null && typeof v !== 'string')) return fmt ? fmt(v) : v;
    return el('span', {class: 'suppressed', title: smallReason(r), text: v === null ? '–' : v});
  }

  /* A table in a box that scrolls sideways on a narrow screen; `onRow(row)` makes each row a link to its customers. */
  function table(rows, cols, fmt, onRow) {
    const head = el('tr', {}, cols.map(c => el('th', {text: t('col.' + c) === 'col.' + c ? c : t('col.' + c)})));
    const body = rows.map(r => {
      const tr = el('tr', {}, cols.map(c => {
        const v = r.suppressed && (r[c] === null || typeof r[c] === 'string') && !(fmt && fmt[c]) ? withheld(r, r[c]) : fmt && fmt[c] ? fmt[c](r[c], r) : r[c];
        return el('td', {class: typeof r[c] === 'number' ? 'num' : ''}, v instanceof Node ? v : (typeof v === 'number' ? I18N.num(v) : v));
      }));
      if (onRow) {
        tr.classList.add('drill');
        tr.setAttribute('tabindex', '0');
        tr.setAttribute('title', t('t.drill'));
        tr.addEventListener('click', () => onRow(r));
        tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onRow(r); });
      }
      return tr;
    });
    return el('div', {class: 'table-wrap'}, el('table', {}, el('thead', {}, head), el('tbody', {}, body)));
  }

  /* A KPI card; `change` ({now, then, points, period}) adds ▲/▼ with the change in % (points for a score), coloured, with words in the tooltip. */
  function kpi(label, value, change, hint) {
    const card = el('div', {class: 'card kpi', 'data-kpi': label}, value instanceof Node ? el('div', {class: 'value'}, value) : el('div', {class: 'value', text: value}),
      el('div', {class: 'label', i18n: label}));
    if (hint) { card.setAttribute('title', hint); card.querySelector('.label').append(el('span', {class: 'hint', text: ' ⓘ'})); }
    if (change && typeof change.now === 'number' && typeof change.then === 'number') {
      const diff = change.now - change.then;
      const ratio = change.points ? null : (change.then === 0 ? null : diff / Math.abs(change.then));
      const dir = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
      const amount = change.points ? I18N.num(Math.abs(diff), 1) + ' ' + t('t.points') : ratio === null ? '' : I18N.num(Math.abs(ratio) * 100, 1) + ' %';
      const words = t('t.change.' + dir).replace('{x}', amount || (change.then === 0 ? t('t.fromzero') : '')).replace('{then}', change.fmt ? change.fmt(change.then) : I18N.num(change.then))
        .replace('{period}', change.period);
      card.append(el('div', {class: 'change ' + dir, 'data-dir': dir, title: words, 'aria-label': words},
        (dir === 'up' ? '▲ ' : dir === 'down' ? '▼ ' : '= ') + (amount || (change.then === 0 && diff !== 0 ? t('t.new') : '')), el('span', {class: 'vs', text: ' ' + t('t.vs.' + change.kind)})));
    }
    return card;
  }

  /* What to do when a page has nothing to show: its own words, and for a value page with no run how to run one. */
  function empty(id, key, command) {
    return el('div', {class: 'card empty', id: id}, el('p', {i18n: key}), command ? el('p', {class: 'muted'}, t('t.orcli') + ' ', el('code', {text: command})) : '');
  }
  const noRun = (d) => d.run_id === -1 || d.run_id === null || d.run_id === undefined;
  const valueEmpty = () => empty('value-empty', mayRun() ? 't.norun.run' : 't.norun', './clientela analyze value');
  /* RFM segments from good (green) to bad (red), and the quadrants, with names that say what they hold. */
  const SEGMENT_COLOURS = {'champions': '#1a9850', 'loyal': '#66bd63', 'potential loyalists': '#a6d96a', 'new': '#c7e9a0', 'promising': '#d9ef8b',
    'need attention': '#fee08b', 'about to sleep': '#fdae61', 'at risk': '#f46d43', "can't lose them": '#d73027', 'hibernating': '#a50026', 'lost': '#67001f'};
  const label = (prefix, v) => t(prefix + v) === prefix + v ? v : t(prefix + v);
  function segmentName(v) {
    if (v === null || v === undefined) return '';
    return el('span', {class: 'seg', 'data-segment': v}, el('span', {class: 'swatch', style: 'background:' + (SEGMENT_COLOURS[v] || '#9aa5b1')}), label('t.seg.', v));
  }
  const quadrantName = (v) => label('t.quad.', v);

  const pages = {
    async overview() {
      const d = await api('/api/v1/overview?' + withCompare());
      const cmp = d.comparison;
      const period = cmp ? I18N.date(cmp.from) + ' – ' + I18N.date(cmp.to) : '';
      const ch = (key, fmt, points) => cmp ? {now: d[key], then: cmp[key], fmt: fmt, points: points, period: period, kind: d.compare} : null;
      const money = v => I18N.money(v, d.currency);
      const months = d.monthly;
      const partial = months.filter(m => m.partial).map(m => m.month);
      const head = [el('h2', {i18n: 'overview.title'}), el('p', {class: 'muted', id: 'overview-period'},
        I18N.date(d.from) + ' – ' + I18N.date(d.to) + (d.default_window ? ' (' + t('t.defaultwindow') + ')' : '') + (cmp ? ' · ' + t('t.vs.' + d.compare) + ': ' + period : '')),
        notApplied(d)];
      if (!months.some(m => typeof m.orders === 'number' ? m.orders > 0 : true) && d.customers === 0) {
        return head.concat(empty('overview-empty', 't.nodata', './clientela import --help'));
      }
      return head.concat([
        el('div', {class: 'kpis'}, kpi('kpi.revenue', withheld(d, d.revenue, money), ch('revenue', money)),
          kpi('kpi.orders', withheld(d, d.orders, I18N.num), ch('orders')),
          kpi('kpi.active', withheld(d, d.active_customers, I18N.num), ch('active_customers')),
          kpi('kpi.atrisk', withheld(d, d.at_risk_customers, I18N.num), null, t('t.atrisk.overview')),
          kpi('kpi.nps', d.nps === null ? withheld(d, null, () => '–') : I18N.num(d.nps, 1), ch('nps', v => I18N.num(v, 1), true)),
          kpi('kpi.opencases', withheld(d, d.open_cases, I18N.num), null, t('t.now')),
          kpi('kpi.customers', withheld(d, d.customers, I18N.num), null, t('t.customers.hint'))),
        chart(t('overview.monthly') + (d.currency ? ' (' + d.currency + ')' : ''), {
          tooltip: {trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '–' : money(v)},
          xAxis: {type: 'category', data: months.map(m => monthLabel(m.month) + (m.partial ? '*' : ''))},
          yAxis: {type: 'value', name: t('kpi.revenue') + (d.currency ? ' (' + d.currency + ')' : ''), nameGap: 12, nameTextStyle: {align: 'left'}, axisLabel: {formatter: axisMoney(d.currency)}},
          series: [{type: 'bar', name: t('kpi.revenue'), data: months.map(m => m.partial ? {value: m.revenue, itemStyle: {color: 'rgba(84,112,198,0.45)',
            borderColor: '#5470c6', borderType: 'dashed', borderWidth: 1, decal: {symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -0.785, color: 'rgba(255,255,255,0.7)'}},
            label: {show: true, position: 'top', formatter: t('t.partial'), color: '#52606d', fontSize: 11}} : m.revenue)}]}, months.length),
        partial.length ? el('p', {class: 'muted', id: 'partial-note', 'data-months': partial.join(',')}, '* ' + t('t.partial.note')) : '']);
    },
    /* customers (the list) is in explore.js, customer (the 360) in customer.js */
    async rfm() {
      const d = await api('/api/v1/value/rfm?' + withCompare());
      const head = [el('h2', {i18n: 'nav.rfm'}), notApplied(d)];
      if (noRun(d)) return head.concat(valueEmpty());
      if (!d.grid.length) return head.concat(empty('filter-empty', 't.nomatch'));
      const segs = d.segments.map(s => Object.assign({}, s, {segment_name: s.segment}));
      return head.concat([el('p', {class: 'muted', text: t('t.rfm.reading')}), el('div', {class: 'row'},
        chart(t('rfm.title'), {tooltip: {position: 'top', formatter: p => 'R ' + p.value[1] + ' · F ' + p.value[0] + ': ' + I18N.num(p.value[2]) + ' ' + t('col.customers')},
          grid: {containLabel: true, left: 16, right: 24, top: 40, bottom: 64},
          xAxis: {type: 'category', name: t('t.rfm.f'), nameLocation: 'middle', nameGap: 28, data: ['1', '2', '3', '4', '5']},
          yAxis: {type: 'category', name: t('t.rfm.r'), nameLocation: 'end', nameGap: 12, nameTextStyle: {align: 'left'}, data: ['1', '2', '3', '4', '5']},
          visualMap: {show: false, dimension: 3, min: 2, max: 10, inRange: {color: ['#d73027', '#fc8d59', '#fee08b', '#91cf60', '#1a9850']}},
          series: [{type: 'heatmap', data: d.grid.map(g => [String(g.f_score), String(g.r_score), typeof g.customers === 'number' ? g.customers : g.customers, g.r_score + g.f_score]),
            label: {show: true, formatter: p => typeof p.value[2] === 'number' ? I18N.num(p.value[2]) : String(p.value[2])}}]}, d.grid.length,
        p => drill({r: p.value[1], f: p.value[0]})),
        el('div', {class: 'card'}, el('h3', {i18n: 'rfm.segments'}), el('p', {class: 'muted', text: t('t.atrisk.rfm')}),
          table(segs, ['segment', 'customers', 'revenue', 'avg_clv'], Object.assign({segment: v => segmentName(v)}, moneyCols('revenue', 'avg_clv')), r => drill({rfm_segment: r.segment_name}))))]);
    },
    async abc() {
      const d = await api('/api/v1/value/abc?' + withCompare());
      const head = [el('h2', {i18n: 'abc.title'}), notApplied(d)];
      if (noRun(d)) return head.concat(valueEmpty());
      if (!d.classes.length) return head.concat(empty('filter-empty', 't.nomatch'));
      const colours = {A: '#1a9850', B: '#fee08b', C: '#d73027'};
      return head.concat(el('div', {class: 'row'},
        chart(t('abc.title'), {tooltip: {trigger: 'axis', valueFormatter: v => pct(v)},
          xAxis: {type: 'value', name: t('share.customers'), nameLocation: 'middle', nameGap: 28, max: 1, axisLabel: {formatter: v => pct(v)}},
          yAxis: {type: 'value', name: t('share.revenue'), nameLocation: 'end', nameGap: 12, nameTextStyle: {align: 'left'}, max: 1, axisLabel: {formatter: v => pct(v)}},
          series: [{type: 'line', showSymbol: false, areaStyle: {}, name: t('share.revenue'), data: d.pareto_curve.map(p => [p.customer_share, p.revenue_share])}]}, d.pareto_curve.length),
        chart(t('t.abc.classes'), {tooltip: {valueFormatter: v => I18N.num(v)}, xAxis: {type: 'category', data: d.classes.map(c => c.class)},
          yAxis: {type: 'value', name: t('col.customers'), nameGap: 12, nameTextStyle: {align: 'left'}, axisLabel: {formatter: axisNum}},
          series: [{type: 'bar', name: t('col.customers'), data: d.classes.map(c => ({value: typeof c.customers === 'number' ? c.customers : null, itemStyle: {color: colours[c.class]}})),
            label: {show: true, position: 'top', formatter: p => I18N.num(p.value)}}]}, d.classes.length, p => drill({abc: p.name})),
        el('div', {class: 'card'}, table(d.classes, ['class', 'customers', 'revenue'], moneyCols('revenue'), r => drill({abc: r.class})))));
    },
    async quadrant() {
      const d = await api('/api/v1/value/quadrant?' + withCompare());
      const head = [el('h2', {i18n: 'quadrant.title'}), notApplied(d)];
      if (noRun(d)) return head.concat(valueEmpty());
      if (!d.sizes.length) return head.concat(empty('filter-empty', 't.nomatch'));
      // a fixed order and colour per quadrant, so at-risk is always red and model always green
      const colours = {'model': '#3ba272', 'growing': '#5470c6', 'at-risk': '#ee6666', 'precarious': '#fac858'};
      const groups = Object.keys(colours).filter(q => d.points.some(p => p.quadrant === q));
      const marks = [];
      if (d.satisfaction_threshold !== null) marks.push({xAxis: d.satisfaction_threshold});
      if (d.revenue_threshold !== null) marks.push({yAxis: d.revenue_threshold});
      return head.concat([el('p', {class: 'muted', text: t('t.atrisk.quadrant')}), el('div', {class: 'row'},
        chart(t('quadrant.title'), {legend: {type: 'scroll', data: groups.map(quadrantName), top: 0}, grid: {containLabel: true, left: 16, right: 56, top: 72, bottom: 48},
          tooltip: {formatter: p => p.seriesName + ': ' + I18N.num(p.value[0], 1) + ' · ' + I18N.money(p.value[1], state.filters && state.filters.currency)},
          xAxis: {type: 'value', name: t('satisfaction'), nameLocation: 'middle', nameGap: 28, scale: true, axisLabel: {formatter: v => I18N.num(v)}},
          yAxis: {type: 'log', name: t('col.revenue') + (state.filters && state.filters.currency ? ' (' + state.filters.currency + ')' : ''), nameGap: 12, nameTextStyle: {align: 'left'},
            axisLabel: {formatter: axisMoney(state.filters && state.filters.currency)}},
          series: groups.map((g, i) => ({type: 'scatter', name: quadrantName(g), symbolSize: 5, itemStyle: {color: colours[g]}, quadrant: g,
            data: d.points.filter(p => p.quadrant === g && p.revenue > 0).map(p => [p.satisfaction, p.revenue]),
            markLine: i === 0 ? {silent: true, symbol: 'none', data: marks, label: {formatter: p => I18N.num(p.value)}} : undefined}))}, d.points.length,
        p => drill({quadrant: groups[p.seriesIndex]})),
        el('div', {class: 'card'}, table(d.sizes, ['quadrant', 'customers', 'revenue'], Object.assign({quadrant: v => quadrantName(v)}, moneyCols('revenue')), r => drill({quadrant: r.quadrant}))))]);
    },
    async clv() {
      const d = await api('/api/v1/value/clv?' + withCompare());
      const s = d.summary;
      const currency = state.filters && state.filters.currency;
      const head = [el('h2', {i18n: 'clv.title'}), notApplied(d)];
      if (noRun(d)) return head.concat(valueEmpty());
      if (s.customers === 0) return head.concat(empty('filter-empty', 't.noclv'));
      return head.concat([el('div', {class: 'kpis', id: 'clv-summary'}, kpi('kpi.customers', withheld(s, s.customers, I18N.num)),
        el('div', {class: 'card kpi'}, el('div', {class: 'value'}, withheld(s, s.mean, v => I18N.money(v, currency))), el('div', {class: 'label', i18n: 't.clv.mean'})),
        el('div', {class: 'card kpi'}, el('div', {class: 'value'}, withheld(s, s.median, v => I18N.money(v, currency))), el('div', {class: 'label', i18n: 't.clv.median'}))),
        chart(t('clv.title') + (currency ? ' (' + currency + ')' : ''), {tooltip: {trigger: 'axis', valueFormatter: v => I18N.num(v) + ' ' + t('col.customers')},
          xAxis: {type: 'category', name: t('t.clv.axis') + (currency ? ' (' + currency + ')' : ''), nameLocation: 'middle', nameGap: 32,
            data: d.histogram.map(b => I18N.num(b.bin_from, 0) + '–' + I18N.num(b.bin_to, 0))},
          yAxis: {type: 'value', name: t('col.customers'), nameGap: 12, nameTextStyle: {align: 'left'}, axisLabel: {formatter: axisNum}},
          series: [{type: 'bar', name: t('col.customers'), data: d.histogram.map(b => b.customers)}]}, d.histogram.length,
        p => { const b = d.histogram[p.dataIndex]; drill({clv_min: b.bin_from, clv_max: b.bin_to}); })]);
    },
    async cohorts() {
      const d = await api('/api/v1/value/cohorts?' + withCompare());
      const head = [el('h2', {i18n: 'cohorts.title'}), notApplied(d)];
      if (noRun(d)) return head.concat(valueEmpty());
      if (!d.cohorts.length) return head.concat(empty('filter-empty', 't.nomatch'));
      const cohorts = [...new Set(d.cohorts.map(c => c.cohort))];
      const index = (ym) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
      // a month in which nobody of a cohort bought has no row from the server: it is 0 %, up to the last month with data
      const last = Math.max(...d.cohorts.map(c => index(c.cohort) + c.months_since));
      const have = new Set(d.cohorts.map(c => c.cohort + '/' + c.months_since));
      const sizes = {};
      d.cohorts.forEach(c => { if (c.months_since === 0) sizes[c.cohort] = c.cohort_size; });
      const filled = d.cohorts.slice();
      cohorts.forEach(c => {
        if (typeof sizes[c] !== 'number') return;
        for (let k = 1; index(c) + k <= last; k++) {
          if (!have.has(c + '/' + k)) filled.push({cohort: c, months_since: k, cohort_size: sizes[c], active: 0, retention: 0});
        }
      });
      const months = [...new Set(filled.map(c => c.months_since))].filter(m => m > 0).sort((a, b) => a - b);
      const cells = filled.filter(c => c.months_since > 0 && typeof c.retention === 'number');
      const values = cells.map(c => c.retention);
      // colours span the data's own range (not 0–100 %), so a cohort that stops buying stands out
      const lo = values.length ? Math.min(...values) : 0, hi = values.length ? Math.max(...values) : 1;
      return head.concat([el('p', {class: 'muted', text: t('t.cohorts.reading')}), chart(t('cohorts.title'), {
        tooltip: {position: 'top', formatter: p => monthLabel(cohorts[p.value[1]]) + ', ' + t('months_since') + ' ' + months[p.value[0]] + ': '
          + (typeof p.value[2] === 'number' ? pct(p.value[2]) : '–') + ' (' + I18N.num(p.data.active) + ' / ' + I18N.num(p.data.size) + ')'},
        grid: {containLabel: true, left: 16, right: 16, top: 40, bottom: 88},
        xAxis: {type: 'category', name: t('months_since'), nameLocation: 'middle', nameGap: 26, data: months},
        yAxis: {type: 'category', name: t('cohort'), nameLocation: 'start', inverse: true, axisLabel: {interval: 0},
          data: cohorts.map(c => monthLabel(c) + (typeof sizes[c] === 'number' ? ' (' + I18N.num(sizes[c]) + ')' : ''))},
        visualMap: {min: lo, max: Math.max(hi, lo + 0.001), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, formatter: v => pct(v),
          inRange: {color: ['#d73027', '#fee08b', '#1a9850']}},
        series: [{type: 'heatmap', label: {show: true, fontSize: 10, formatter: p => typeof p.value[2] === 'number' ? pct(p.value[2]) : '–'},
          data: cells.map(c => ({value: [months.indexOf(c.months_since), cohorts.indexOf(c.cohort), c.retention], active: c.active, size: c.cohort_size,
            cohort: c.cohort, month: c.months_since}))}]},
      d.cohorts.length, p => drill({cohort: p.data.cohort, month: p.data.month}), {height: Math.max(420, cohorts.length * 24 + 170), minWidth: months.length * 34 + 150})]);
    },
    async segments() {
      const d = await api('/api/v1/segments?' + filterQuery({size: 50}));
      const minClv = el('input', {id: 'b-min-clv', type: 'number', min: '0', step: 'any'});
      const minAlive = el('input', {id: 'b-min-alive', type: 'number', min: '0', max: '1', step: '0.05'});
      const contact = el('select', {id: 'b-contact'}, el('option', {value: 'email', text: 'e-mail'}), el('option', {value: 'sms', text: 'SMS'}));
      const result = el('div', {id: 'b-result'});
      const exportLink = el('a', {id: 'b-export', i18n: 'segments.export'});
      const query = () => filterQuery({min_clv: minClv.value, min_p_alive: minAlive.value, contact: contact.value});
      const count = async () => {
        const n = await api('/api/v1/campaign-list/count?' + query());
        const small = v => typeof v === 'string' ? {title: t('suppressed').replace('{n}', v.replace(/\D+/g, '')), class: 'suppressed'} : {};
        result.replaceChildren(el('dl', {}, el('dt', {i18n: 'segments.matching'}), el('dd', Object.assign({id: 'b-matching', text: I18N.num(n.matching)}, small(n.matching))),
          el('dt', {i18n: 'segments.email'}), el('dd', Object.assign({id: 'b-email', text: I18N.num(n.email_consent)}, small(n.email_consent))),
          el('dt', {i18n: 'segments.sms'}), el('dd', Object.assign({id: 'b-sms', text: I18N.num(n.sms_consent)}, small(n.sms_consent)))));
        exportLink.setAttribute('href', '/api/v1/campaign-list?format=csv&' + query());
      };
      const builder = el('form', {class: 'card', id: 'builder', onsubmit: ev => { ev.preventDefault(); count(); }},
        el('h3', {i18n: 'segments.title'}), el('p', {class: 'muted', text: t('f.segment') + ', ' + t('f.country') + ', ' + t('f.channel') + ' ↑'}),
        el('label', {}, el('span', {i18n: 'segments.minclv'}), minClv), el('label', {}, el('span', {i18n: 'segments.minalive'}), minAlive),
        el('label', {}, el('span', {i18n: 'segments.contact'}), contact), el('button', {type: 'submit', id: 'b-count', i18n: 'segments.count'}), result,
        ['admin', 'analyst'].includes(state.me.role) ? el('p', {}, exportLink) : '');
      setTimeout(count, 0);
      // the segments and the builder are of the latest value run: a period or a comparison does not apply to them
      const given = new URLSearchParams(withCompare());
      const na = {not_applied: [given.has('from') || given.has('to') ? 'period' : null, given.has('compare') ? 'compare' : null].filter(Boolean)};
      return [el('h2', {i18n: 'nav.segments'}), notApplied(na), d.items.length ? '' : (filterQuery() ? empty('filter-empty', 't.nomatch') : valueEmpty()), el('div', {class: 'row'}, el('div', {class: 'card'}, el('h3', {i18n: 'rfm.segments'}),
        table(d.items.map(s => Object.assign({}, s, {segment_name: s.segment})), ['segment', 'customers', 'revenue', 'avg_clv'], Object.assign({segment: v => segmentName(v)}, moneyCols('revenue', 'avg_clv')),
          r => drill({rfm_segment: r.segment_name}))), builder)];
    }

  };

  /* ---- Inbox: an agent's open cases and alerts, and a case with its workflow (agent, analyst, admin) ---- */
  const CASE_MOVES = {open: ['assign', 'start', 'resolve'], assigned: ['assign', 'start', 'resolve'], in_progress: ['assign', 'resolve'],
    resolved: ['close', 'start'], closed: []};
  const OUTCOMES = ['recovered', 'lost', 'no_action_needed', 'unreachable', 'other'];

  async function post(path, body) {
    return api(path, {method: 'POST', headers: {'X-CSRF-Token': state.me.csrf_token, 'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
  }

  Object.assign(pages, {
    async inbox() {
      const [cases, alerts] = await Promise.all([api('/api/v1/cases?status=open,assigned,in_progress&sort=due_at&order=asc&size=200'),
        api('/api/v1/alerts?sort=created_at&order=desc&size=50')]);
      const caseLink = (v) => el('a', {href: '#case/' + v, class: 'case-link', text: String(v)});
      const due = (v, r) => el('span', {}, I18N.date(v), r.overdue ? el('span', {class: 'overdue', i18n: 'inbox.overdue'}) : '');
      const caseTable = table(cases.items, ['case_id', 'priority', 'status', 'owner', 'customer_id', 'title', 'due_at'],
        {case_id: caseLink, due_at: due, status: v => t('status.' + v), priority: v => t('prio.' + v), customer_id: v => v === null ? '' : String(v)});
      caseTable.id = 'inbox-cases';
      caseTable.querySelectorAll('tbody tr').forEach((tr, i) => { if (cases.items[i].overdue) tr.classList.add('overdue-row'); tr.setAttribute('data-case', cases.items[i].case_id); });
      const alertTable = table(alerts.items, ['alert_id', 'created_at', 'priority', 'status', 'routed_to', 'title', 'failed_deliveries', 'case_id'],
        {created_at: v => I18N.date(v), case_id: v => v === null ? '' : caseLink(v), alert_id: v => String(v), priority: v => t('prio.' + v),
          status: v => t('alert.' + v)});
      alertTable.id = 'inbox-alerts';
      return [el('h2', {i18n: 'inbox.title'}),
        el('div', {class: 'card'}, el('h3', {i18n: 'inbox.cases'}), cases.items.length ? caseTable : el('p', {class: 'muted', i18n: 'inbox.none'})),
        el('div', {class: 'card'}, el('h3', {i18n: 'inbox.alerts'}), alerts.items.length ? alertTable : el('p', {class: 'muted', i18n: 'inbox.none'}))];
    },
    async case(id) {
      const k = await api('/api/v1/cases/' + encodeURIComponent(id));
      const error = el('p', {class: 'error', id: 'case-error'});
      const act = (move, body) => async () => {
        try { await post('/api/v1/cases/' + k.case_id + '/' + move, body ? body() : {}); render(); } catch (e) { error.textContent = String(e.message); }
      };
      const moves = CASE_MOVES[k.status] || [];
      const note = el('textarea', {id: 'case-note-text', rows: '3', maxlength: '4000'});
      const outcome = el('select', {id: 'case-outcome'}, OUTCOMES.map(o => el('option', {value: o, i18n: 'outcome.' + o})));
      const button = (idName, label, move, body, enabled) => el('button', {type: 'button', id: idName, i18n: label, onclick: act(move, body),
        disabled: enabled ? null : 'disabled'});
      const actions = el('div', {class: 'card', id: 'case-actions'},
        el('div', {class: 'moves'}, button('case-assign', 'case.assign_me', 'assign', () => ({owner: state.me.username}), moves.includes('assign') && k.owner !== state.me.username),
          button('case-start', 'case.start', 'start', null, moves.includes('start')), button('case-close', 'case.close', 'close', null, moves.includes('close'))),
        el('div', {class: 'moves'}, el('label', {}, el('span', {i18n: 'case.outcome'}), outcome),
          button('case-resolve', 'case.resolve', 'resolve', () => ({outcome: outcome.value}), moves.includes('resolve'))),
        el('div', {class: 'moves'}, el('label', {class: 'grow'}, el('span', {i18n: 'case.note'}), note),
          button('case-note-add', 'case.add_note', 'notes', () => ({text: note.value}), k.status !== 'closed')),
        error);
      const facts = {status: t('status.' + k.status), priority: t('prio.' + k.priority), owner: k.owner, outcome: k.outcome ? t('outcome.' + k.outcome) : null,
        opened_at: I18N.date(k.opened_at), due_at: I18N.date(k.due_at), first_contact_at: I18N.date(k.first_contact_at), rule_id: k.rule_id};
      const details = el('dl', {id: 'case-facts'}, Object.entries(facts).filter(([, v]) => v !== null && v !== '').map(([key, v]) =>
        [el('dt', {text: t('col.' + key) === 'col.' + key ? key.replace(/_/g, ' ') : t('col.' + key)}), el('dd', {text: String(v)})]),
        k.overdue ? [el('dt', {text: ''}), el('dd', {class: 'overdue', i18n: 'inbox.overdue'})] : []);
      const out = [el('h2', {id: 'case-heading', text: t('case.title') + ' #' + k.case_id + ' – ' + k.title}),
        el('div', {class: 'row'}, el('div', {class: 'card'}, el('h3', {i18n: 'case.details'}), details,
          k.customer_id !== null && state.me.personal_data ? el('p', {}, el('a', {href: '#customer/' + k.customer_id, id: 'case-customer', i18n: 'case.customer'})) : ''),
        actions)];
      if (k.source) {
        const item = k.source.item || {};
        out.push(el('div', {class: 'card', id: 'case-source'}, el('h3', {i18n: 'case.source'}),
          el('p', {class: 'muted', text: k.source.kind + ' ' + k.source.id + (item.nps !== undefined && item.nps !== null ? ' · NPS ' + item.nps : '')}),
          item.text ? el('blockquote', {id: 'case-source-text', text: item.text}) : ''));
      }
      out.push(el('h3', {i18n: 'case.notes'}), el('div', {id: 'case-notes'}, table(k.notes, ['noted_at', 'author', 'text'], {noted_at: v => I18N.date(v)})),
        el('h3', {i18n: 'case.history'}), el('div', {id: 'case-history'}, table(k.history, ['changed_at', 'from_status', 'to_status', 'actor', 'detail'],
          {changed_at: v => I18N.date(v)})));
      return out;
    }
  });

  /* ---- Analyses started from the dashboard (analysts, admins): a background job per kind, its progress polled ---- */
  const RUNS = {value: '/api/v1/runs', voice: '/api/v1/voice/runs'};
  const RUN_PAGES = {rfm: 'value', abc: 'value', quadrant: 'value', clv: 'value', cohorts: 'value', voice: 'voice'};
  state.jobs = {};
  state.polling = {};
  const mayRun = () => ['admin', 'analyst'].includes(state.me.role);
  const activeJob = (j) => j && (j.state === 'queued' || j.state === 'running');

  function runBar(kind) {
    const box = el('div', {class: 'card run-bar', id: 'run-bar-' + kind, 'data-kind': kind});
    paintRun(box, kind);
    return box;
  }

  function paintRun(box, kind) {
    const job = state.jobs[kind];
    const parts = [el('button', {type: 'button', id: 'run-' + kind, i18n: 'run.' + kind, disabled: activeJob(job) ? 'disabled' : null,
      onclick: () => startRun(kind)})];
    if (activeJob(job)) {
      const step = job.step ? ' · ' + t('job.step') + ' ' + Math.min(job.done + 1, job.total) + ' / ' + job.total : '';
      parts.push(el('progress', {id: 'run-progress-' + kind, max: '100', value: String(job.percent)}),
        el('span', {class: 'muted', id: 'run-status-' + kind, title: job.step || '', text: t('job.' + job.state) + step}));
    } else if (job && job.state === 'done') {
      parts.push(el('span', {id: 'run-done-' + kind, 'data-run-id': String(job.run_id), text: t('job.done') + ': ' + t('job.run') + ' ' + job.run_id}));
    } else if (job && job.state === 'failed') {
      parts.push(el('span', {class: 'error', id: 'run-error-' + kind, text: t('job.failed') + ': ' + job.error}));
    }
    box.setAttribute('data-state', job ? job.state : 'idle');
    box.replaceChildren(...parts);
  }

  function repaint(kind) {
    const box = document.getElementById('run-bar-' + kind);
    if (box) paintRun(box, kind);
  }

  async function startRun(kind) {
    try {
      state.jobs[kind] = await post(RUNS[kind], {});
    } catch (e) {
      // another run of this kind is under way: follow that one
      if (e.problem && e.problem.job_id) state.jobs[kind] = await api('/api/v1/jobs/' + e.problem.job_id);
      else state.jobs[kind] = {state: 'failed', error: e.message};
    }
    repaint(kind);
    poll(kind);
  }

  async function poll(kind) {
    if (state.polling[kind]) return;
    state.polling[kind] = true;
    try {
      while (activeJob(state.jobs[kind])) {
        await new Promise(r => setTimeout(r, 400));
        state.jobs[kind] = await api('/api/v1/jobs/' + state.jobs[kind].job_id);
        repaint(kind);
      }
    } catch (e) {
      state.jobs[kind] = {state: 'failed', error: e.message};
      repaint(kind);
    } finally {
      state.polling[kind] = false;
    }
    // the page shows the new run's data
    if (state.jobs[kind] && state.jobs[kind].state === 'done' && RUN_PAGES[main.getAttribute('data-page')] === kind) render();
  }

  async function resumeJobs() {
    if (!mayRun()) return;
    const jobs = await api('/api/v1/jobs');
    Object.keys(RUNS).forEach(kind => {
      const j = jobs.items.find(x => x.kind === kind && activeJob(x));
      if (j) { state.jobs[kind] = j; poll(kind); }
    });
  }

  async function send(method, path, body) {
    return api(path, {method: method, headers: {'X-CSRF-Token': state.me.csrf_token, 'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)});
  }

  /* Pages kept in their own files (voice.js, admin.js) register a factory in window.CLIENTELA_PAGES; each gets these helpers. */
  Object.entries(window.CLIENTELA_PAGES || {}).forEach(([name, make]) => {
    pages[name] = make({el, chart, table, kpi, api, post, send, filterQuery, t, state, runBar, Denied, render: () => render()});
  });

  async function render() {
    const seq = state.seq = (state.seq || 0) + 1;
    state.charts.forEach(c => c.dispose());
    state.charts = [];
    const [name, ...rest] = (location.hash.slice(1) || 'overview').split('/');
    const page = pages[name] ? name : 'overview';
    document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === (page === 'customer' ? 'customers' : page)));
    document.body.classList.remove('menu-open', 'filters-open');
    $('menu-toggle').title = t('t.menu');
    $('menu-toggle').setAttribute('aria-label', t('t.menu'));
    $('loading').setAttribute('aria-label', t('t.loading'));
    main.setAttribute('data-page', page);
    main.removeAttribute('data-ready');
    main.setAttribute('aria-busy', 'true');
    // on the value and voice pages, analysts and admins may run the analysis again (also when there is no run yet)
    const bar = RUN_PAGES[page] && mayRun() ? [runBar(RUN_PAGES[page])] : [];
    try {
      const content = await pages[page](rest.join('/'));
      if (seq !== state.seq) return;
      main.replaceChildren(...bar, ...content);
    } catch (e) {
      if (seq !== state.seq) return;
      main.replaceChildren(...bar, e instanceof Denied ? el('div', {class: 'denied', id: 'denied', i18n: 'denied'}) : el('p', {class: 'error', id: 'page-error', text: String(e.message)}));
    }
    main.removeAttribute('aria-busy');
    main.setAttribute('data-ready', 'true');
  }

  async function fillFilters() {
    const f = await api('/api/v1/filters');
    state.filters = f;
    ['country', 'channel', 'segment'].forEach(k => {
      $('f-' + k).replaceChildren(el('option', {value: '', i18n: 'f.all'}),
        ...(f[k] || []).map(v => el('option', {value: v, text: k === 'segment' ? label('t.seg.', v) : v})));
    });
    fillRegions();
    $('f-period').replaceChildren(...PRESETS.map(p => el('option', {value: p, i18n: 't.preset.' + p})));
    $('f-compare').replaceChildren(...['', 'previous', 'year'].map(v => el('option', {value: v, i18n: 't.compare.' + (v || 'none')})));
    loadFilters();
    const changed = () => { saveFilters(); render(); };
    $('f-period').addEventListener('change', () => { applyPreset(); changed(); });
    ['f-from', 'f-to'].forEach(id => $(id).addEventListener('change', () => { $('f-period').value = 'custom'; changed(); }));
    $('f-country').addEventListener('change', () => { narrowRegions(); changed(); });
    $('f-region').addEventListener('change', () => {
      const o = $('f-region').selectedOptions[0];
      if (o && o.value && o.getAttribute('data-country') && $('f-country').value !== o.getAttribute('data-country')) {
        $('f-country').value = o.getAttribute('data-country');
        narrowRegions();
      }
      changed();
    });
    ['f-channel', 'f-segment', 'f-compare'].forEach(id => $(id).addEventListener('change', changed));
    $('f-reset').addEventListener('click', () => {
      $('f-period').value = 'default';
      $('f-compare').value = '';
      FILTER_KEYS.forEach(k => { $('f-' + k).value = ''; });
      applyPreset();
      narrowRegions();
      changed();
    });
    saveFilters();
  }

  async function start() {
    const res = await fetch('/auth/me', {credentials: 'same-origin'});
    if (!res.ok) { toLogin(); return; }
    state.me = await res.json();
    document.getElementById('whoami').textContent = state.me.username + ' (' + state.me.role + ')';
    if (!state.me.personal_data) document.querySelectorAll('[data-personal]').forEach(a => a.remove());
    if (state.me.role !== 'admin') document.querySelectorAll('[data-admin]').forEach(a => a.remove());
    const sel = document.getElementById('lang-select');
    sel.value = I18N.lang();
    sel.addEventListener('change', () => { I18N.setLang(sel.value); I18N.apply(document); render(); });
    document.getElementById('logout').addEventListener('click', async () => {
      await fetch('/auth/logout', {method: 'POST', credentials: 'same-origin', headers: {'X-CSRF-Token': state.me.csrf_token}});
      location.href = '/login.html';
    });
    // under 800 px the menu and the filters fold away behind a button each
    const toggle = (cls, button) => {
      const open = !document.body.classList.contains(cls);
      document.body.classList.toggle(cls, open);
      button.setAttribute('aria-expanded', String(open));
    };
    $('menu-toggle').addEventListener('click', () => toggle('menu-open', $('menu-toggle')));
    $('filters-toggle').addEventListener('click', () => toggle('filters-open', $('filters-toggle')));
    I18N.apply(document);
    await fillFilters();
    window.addEventListener('hashchange', render);
    window.addEventListener('resize', () => state.charts.forEach(c => c.resize()));
    render();
    resumeJobs().catch(() => { /* the run buttons work without it */ });
  }
  start();
})();

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

  async function api(path, options) {
    const res = await fetch(path, Object.assign({credentials: 'same-origin', headers: {'X-CSRF-Token': state.me ? state.me.csrf_token : ''}}, options || {}));
    if (res.status === 401) { location.href = '/login.html'; throw new Error('signed out'); }
    if (res.status === 403) throw new Denied((await res.json()).detail);
    if (!res.ok) {
      let d = res.status, problem = null;
      try { problem = await res.json(); d = problem.detail; } catch (e) { /* */ }
      const err = new Error(d);
      err.problem = problem;
      throw err;
    }
    return res.status === 204 ? null : res.json();
  }

  function filterQuery(extra) {
    const p = new URLSearchParams();
    [['from', 'f-from'], ['to', 'f-to'], ['country', 'f-country'], ['region', 'f-region'], ['channel', 'f-channel'], ['segment', 'f-segment']]
      .forEach(([k, id]) => { const v = document.getElementById(id).value; if (v) p.set(k, v); });
    Object.entries(extra || {}).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) p.set(k, v); });
    return p.toString();
  }

  function chart(title, option, points) {
    const box = el('div', {class: 'chart', 'data-points': String(points)});
    const card = el('div', {class: 'card'}, el('h3', {text: title}), box);
    requestAnimationFrame(() => {
      const c = echarts.init(box, null, {renderer: 'canvas'});
      c.setOption(Object.assign({animation: false, tooltip: {}}, option));
      state.charts.push(c);
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

  function table(rows, cols, fmt) {
    const head = el('tr', {}, cols.map(c => el('th', {text: t('col.' + c) === 'col.' + c ? c : t('col.' + c)})));
    const body = rows.map(r => el('tr', {}, cols.map(c => {
      const v = r.suppressed && (r[c] === null || typeof r[c] === 'string') && !(fmt && fmt[c]) ? withheld(r, r[c]) : fmt && fmt[c] ? fmt[c](r[c], r) : r[c];
      return el('td', {class: typeof r[c] === 'number' ? 'num' : ''}, v instanceof Node ? v : (typeof v === 'number' ? I18N.num(v) : v));
    })));
    return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
  }

  function kpi(label, value) {
    return el('div', {class: 'card kpi'}, value instanceof Node ? el('div', {class: 'value'}, value) : el('div', {class: 'value', text: value}),
      el('div', {class: 'label', i18n: label}));
  }

  const pages = {
    async overview() {
      const d = await api('/api/v1/overview?' + filterQuery());
      return [el('h2', {i18n: 'overview.title'}), el('p', {class: 'muted', text: I18N.date(d.from) + ' – ' + I18N.date(d.to)}),
        el('div', {class: 'kpis'}, kpi('kpi.revenue', withheld(d, d.revenue, v => I18N.money(v, d.currency))), kpi('kpi.orders', withheld(d, d.orders, I18N.num)),
          kpi('kpi.active', withheld(d, d.active_customers, I18N.num)), kpi('kpi.atrisk', withheld(d, d.at_risk_customers, I18N.num)),
          kpi('kpi.nps', d.nps === null ? withheld(d, null, () => '–') : I18N.num(d.nps, 1)), kpi('kpi.opencases', withheld(d, d.open_cases, I18N.num)),
          kpi('kpi.customers', withheld(d, d.customers, I18N.num))),
        chart(t('overview.monthly'), {xAxis: {type: 'category', data: d.monthly.map(m => m.month)}, yAxis: {type: 'value'},
          series: [{type: 'bar', name: t('kpi.revenue'), data: d.monthly.map(m => m.revenue)}]}, d.monthly.length)];
    },
    async customers(arg) {
      const q = decodeURIComponent(arg || '');
      const input = el('input', {id: 'customer-search', placeholder: t('customers.search'), value: q, maxlength: '200'});
      const form = el('form', {class: 'row', onsubmit: ev => { ev.preventDefault(); location.hash = '#customers/' + encodeURIComponent(input.value); }},
        input, el('button', {type: 'submit', id: 'customer-go', i18n: 'customers.go'}));
      const d = await api('/api/v1/customers?' + filterQuery({q: q, size: 50, sort: q ? 'customer_id' : 'revenue', order: q ? 'asc' : 'desc'}));
      const link = (v) => el('a', {href: '#customer/' + v, class: 'customer-link', text: String(v)});
      return [el('h2', {i18n: 'customers.title'}), form, el('p', {class: 'muted', text: I18N.num(d.total) + ' ' + t('col.customers')}),
        table(d.items, ['customer_id', 'name', 'email', 'country', 'segment', 'abc', 'quadrant', 'orders', 'revenue', 'clv'], {customer_id: link})];
    },
    async customer(id) {
      const d = await api('/api/v1/customers/' + encodeURIComponent(id) + '?limit=200');
      const c = d.customer;
      const dl = (obj) => el('dl', {}, Object.entries(obj).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) =>
        [el('dt', {text: k.replace(/_/g, ' ')}), el('dd', {text: /_at$|^first_|^last_|_date$/.test(k) ? I18N.date(v) : typeof v === 'number' ? I18N.num(v, 4) : String(v)})]));
      const out = [el('h2', {id: 'customer-name', text: (c.name || '') + ' #' + c.customer_id}),
        el('div', {class: 'row'}, el('div', {class: 'card'}, el('h3', {i18n: 'c.profile'}), dl(c)),
          el('div', {class: 'card'}, el('h3', {i18n: 'c.figures'}), dl(d.figures)), el('div', {class: 'card'}, el('h3', {i18n: 'c.value'}), dl(d.value)))];
      if (state.me.role === 'admin') {
        out.push(el('p', {}, el('a', {id: 'privacy-export', href: '/api/v1/customers/' + c.customer_id + '/export', download: 'customer-' + c.customer_id + '.json', i18n: 'c.export'}),
          ' ', el('button', {id: 'privacy-erase', type: 'button', i18n: 'c.erase', onclick: async () => {
            if (!confirm(t('c.confirm'))) return;
            await api('/api/v1/customers/' + c.customer_id, {method: 'DELETE'});
            main.replaceChildren(el('p', {id: 'erased', i18n: 'c.erased'}));
          }})));
      }
      out.push(el('h3', {i18n: 'c.timeline'}), el('div', {id: 'timeline'}, table(d.timeline, ['occurred_at', 'kind', 'source', 'detail'], {occurred_at: v => I18N.date(v)})));
      return out;
    },
    async rfm() {
      const d = await api('/api/v1/value/rfm?' + filterQuery());
      const max = Math.max(1, ...d.grid.map(g => typeof g.customers === 'number' ? g.customers : 0));
      return [el('h2', {i18n: 'nav.rfm'}), el('div', {class: 'row'},
        chart(t('rfm.title'), {tooltip: {position: 'top'}, xAxis: {type: 'category', name: 'F', data: ['1', '2', '3', '4', '5']},
          yAxis: {type: 'category', name: 'R', data: ['1', '2', '3', '4', '5']}, visualMap: {min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0},
          series: [{type: 'heatmap', data: d.grid.map(g => [g.f_score - 1, g.r_score - 1, typeof g.customers === 'number' ? g.customers : '-']), label: {show: true}}]}, d.grid.length),
        el('div', {class: 'card'}, el('h3', {i18n: 'rfm.segments'}), table(d.segments, ['segment', 'customers', 'revenue', 'avg_clv'])))];
    },
    async abc() {
      const d = await api('/api/v1/value/abc?' + filterQuery());
      return [el('h2', {i18n: 'abc.title'}), el('div', {class: 'row'},
        chart(t('abc.title'), {xAxis: {type: 'value', name: t('share.customers'), max: 1}, yAxis: {type: 'value', name: t('share.revenue'), max: 1},
          series: [{type: 'line', showSymbol: false, areaStyle: {}, data: d.pareto_curve.map(p => [p.customer_share, p.revenue_share])}]}, d.pareto_curve.length),
        el('div', {class: 'card'}, table(d.classes, ['class', 'customers', 'revenue'])))];
    },
    async quadrant() {
      const d = await api('/api/v1/value/quadrant?' + filterQuery());
      // a fixed order and colour per quadrant, so at-risk is always red and model always green
      const colours = {'model': '#3ba272', 'growing': '#5470c6', 'at-risk': '#ee6666', 'precarious': '#fac858'};
      const groups = Object.keys(colours).filter(q => d.points.some(p => p.quadrant === q));
      const marks = [];
      if (d.satisfaction_threshold !== null) marks.push({xAxis: d.satisfaction_threshold});
      if (d.revenue_threshold !== null) marks.push({yAxis: d.revenue_threshold});
      return [el('h2', {i18n: 'quadrant.title'}), el('div', {class: 'row'},
        chart(t('quadrant.title'), {legend: {data: groups}, xAxis: {type: 'value', name: t('satisfaction'), scale: true}, yAxis: {type: 'log', name: t('col.revenue')},
          series: groups.map((g, i) => ({type: 'scatter', name: g, symbolSize: 5, itemStyle: {color: colours[g]}, data: d.points.filter(p => p.quadrant === g && p.revenue > 0).map(p => [p.satisfaction, p.revenue]),
            markLine: i === 0 ? {silent: true, symbol: 'none', data: marks} : undefined}))}, d.points.length),
        el('div', {class: 'card'}, table(d.sizes, ['quadrant', 'customers', 'revenue'])))];
    },
    async clv() {
      const d = await api('/api/v1/value/clv?' + filterQuery());
      const s = d.summary;
      return [el('h2', {i18n: 'clv.title'}), el('div', {class: 'kpis', id: 'clv-summary'}, kpi('kpi.customers', withheld(s, s.customers, I18N.num)),
        el('div', {class: 'card kpi'}, el('div', {class: 'value'}, withheld(s, s.mean, I18N.num)), el('div', {class: 'label', text: 'mean'})),
        el('div', {class: 'card kpi'}, el('div', {class: 'value'}, withheld(s, s.median, I18N.num)), el('div', {class: 'label', text: 'median'}))),
        chart(t('clv.title'), {xAxis: {type: 'category', data: d.histogram.map(b => I18N.num(b.bin_from, 0) + '–' + I18N.num(b.bin_to, 0))}, yAxis: {type: 'value'},
          series: [{type: 'bar', name: t('col.customers'), data: d.histogram.map(b => b.customers)}]}, d.histogram.length)];
    },
    async cohorts() {
      const d = await api('/api/v1/value/cohorts?' + filterQuery());
      const cohorts = [...new Set(d.cohorts.map(c => c.cohort))];
      const months = [...new Set(d.cohorts.map(c => c.months_since))].sort((a, b) => a - b);
      return [el('h2', {i18n: 'cohorts.title'}), chart(t('cohorts.title'), {tooltip: {position: 'top'}, grid: {left: 80},
        xAxis: {type: 'category', name: t('months_since'), data: months}, yAxis: {type: 'category', name: t('cohort'), data: cohorts},
        visualMap: {min: 0, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0},
        series: [{type: 'heatmap', data: d.cohorts.filter(c => c.months_since > 0).map(c => [months.indexOf(c.months_since), cohorts.indexOf(c.cohort), c.retention === null ? '-' : c.retention])}]},
      d.cohorts.length)];
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
      return [el('h2', {i18n: 'nav.segments'}), el('div', {class: 'row'}, el('div', {class: 'card'}, el('h3', {i18n: 'rfm.segments'}),
        table(d.items, ['segment', 'customers', 'revenue', 'avg_clv'])), builder)];
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
    main.setAttribute('data-page', page);
    main.removeAttribute('data-ready');
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
    main.setAttribute('data-ready', 'true');
  }

  async function fillFilters() {
    const f = await api('/api/v1/filters');
    state.filters = f;
    ['country', 'region', 'channel', 'segment'].forEach(k => {
      const s = document.getElementById('f-' + k);
      s.replaceChildren(el('option', {value: '', i18n: 'f.all'}), ...(f[k] || []).map(v => el('option', {value: v, text: v})));
      s.addEventListener('change', render);
    });
    ['f-from', 'f-to'].forEach(id => document.getElementById(id).addEventListener('change', render));
  }

  async function start() {
    const res = await fetch('/auth/me', {credentials: 'same-origin'});
    if (!res.ok) { location.href = '/login.html'; return; }
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
    I18N.apply(document);
    await fillFilters();
    window.addEventListener('hashchange', render);
    window.addEventListener('resize', () => state.charts.forEach(c => c.resize()));
    render();
    resumeJobs().catch(() => { /* the run buttons work without it */ });
  }
  start();
})();

'use strict';
/*
 * Customer 360 (#customer/<id>), as a person reads it: a summary header (segment, value class, lifetime value with its currency,
 * churn risk, NPS, open cases, consent), the reason wherever a figure is missing or zero, then panels: feedback with its text,
 * cases and help-desk tickets, campaigns, orders, the source records merged into the profile and the keys that joined them, and
 * the timeline. Every label is translated; money always carries its currency code; every value from the server goes in as text.
 */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
  customer: (h) => async function customer(id) {
    const {el, api, t, state} = h;
    const d = await api('/api/v1/customers/' + encodeURIComponent(id) + '?limit=200');
    const s = d.summary;
    const c = d.customer;
    // a translation when there is one, the value itself otherwise (codes from the source systems, such as a ticket category)
    const tr = (prefix, v) => { const k = prefix + v; return t(k) === k ? String(v) : t(k); };
    const money = (v, code) => v === null || v === undefined ? '–' : I18N.num(v, 2) + (code ? ' ' + code : '');
    const pct = (v) => v === null || v === undefined ? '–' : v > 0 && v < 0.0001 ? '< ' + I18N.num(0.01, 2) + ' %' : I18N.num(100 * v, v < 0.01 && v > 0 ? 2 : 0) + ' %';
    const yesNo = (v) => v === true ? t('c.yes') : v === false ? t('c.no') : t('c.unknown');
    const day = (v) => v ? I18N.date(String(v).slice(0, 10)) : '–';
    const fill = (text, params) => Object.entries(params).reduce((x, [k, v]) => x.split('{' + k + '}').join(v === null || v === undefined ? '–' : String(v)), text);
    const scroll = (...children) => el('div', {class: 'c360-scroll', style: 'overflow-x:auto;max-width:100%'}, children);
    const grid = (id, rows, cols) => rows.length ? scroll(el('table', {id: id},
      el('thead', {}, el('tr', {}, cols.map(([key]) => el('th', {text: t(key)})))),
      el('tbody', {}, rows.map(r => el('tr', {}, cols.map(([, f, cls]) => { const v = f(r); return el('td', {class: cls || ''}, v instanceof Node ? v : String(v)); }))))))
      : el('p', {class: 'muted', id: id + '-none', i18n: 'c.none'});
    const card = (id, title, ...body) => el('div', {class: 'card c360-panel', id: id, style: 'min-width:0;max-width:100%'}, el('h3', {i18n: title}), body);
    const cur = s.currency;

    // summary header: one figure per line, labelled in words, each with data-figure for who reads it by machine
    const fig = (key, label, value, note) => [el('dt', {i18n: label}), el('dd', {'data-figure': key}, el('span', {class: 'value', text: value}),
      note ? el('span', {class: 'muted', text: ' ' + note}) : '')];
    const abcNote = {A: 'c.abc.A', B: 'c.abc.B', C: 'c.abc.C'};
    const npsText = s.nps_last === null ? t('c.nonps') : fill(t('c.nps.value'), {last: I18N.num(s.nps_last, 0), avg: I18N.num(s.nps_average, 1), n: I18N.num(s.nps_answers, 0)});
    const summary = el('dl', {id: 'c360-summary', class: 'c360-summary', style: 'grid-template-columns:minmax(6em,40%) minmax(0,1fr);overflow-wrap:anywhere'},
      fig('customer_segment', 'c.f.customer_segment', s.customer_segment ? tr('c.seg.', s.customer_segment) : '–'),
      fig('rfm_segment', 'c.f.rfm_segment', s.rfm_segment ? tr('c.rfm.', s.rfm_segment) : '–'),
      fig('abc_class', 'c.f.abc_class', s.abc_class || '–', s.abc_class ? '(' + t(abcNote[s.abc_class] || 'c.none') + ')' : ''),
      fig('clv', 'c.f.clv', s.clv === null ? '–' : money(s.clv, cur), s.horizon_months ? fill(t('c.horizon'), {n: s.horizon_months}) : ''),
      fig('p_alive', 'c.f.p_alive', pct(s.p_alive)),
      fig('churn_risk', 'c.f.churn_risk', s.churn_risk === null ? t('c.notanalysed') : pct(s.churn_risk)),
      fig('nps', 'c.f.nps', npsText),
      fig('open_cases', 'c.f.open_cases', I18N.num(s.open_cases, 0), fill(t('c.opentickets'), {n: I18N.num(s.open_tickets, 0)})),
      fig('consent_email', 'c.f.consent_email', yesNo(s.consent_email)),
      fig('consent_sms', 'c.f.consent_sms', yesNo(s.consent_sms)),
      fig('revenue', 'c.f.revenue', s.revenue === null ? '–' : money(s.revenue, cur), cur ? fill(t('c.converted'), {code: cur}) : ''),
      d.order_totals.map(o => fig('orders_' + (o.currency || 'none'), 'c.f.order_totals', money(o.amount, o.currency),
        fill(t('c.ordercount'), {n: I18N.num(o.orders, 0), code: o.currency || t('c.nocurrency')}))));

    // why a figure is missing or zero
    const why = (x) => {
      const p = {p: pct(x.p_alive), days: x.days_since_last === undefined ? '–' : I18N.num(x.days_since_last, 0), gap: x.usual_gap_days === undefined ? '–' : I18N.num(x.usual_gap_days, 0),
        n: x.purchase_days === undefined ? '–' : I18N.num(x.purchase_days, 0), asof: day(x.as_of), from: day(x.data_from), to: day(x.data_to)};
      return el('li', {'data-reason': x.reason, 'data-figure': x.figure}, el('strong', {text: t('c.f.' + x.figure) + ': '}), fill(t('c.why.' + x.reason), p));
    };
    const contact = [c.email, c.phone, c.country, c.city].filter(v => v);
    const out = [el('h2', {id: 'customer-name'}, el('span', {text: c.name || t('c.noname')}),
      el('span', {class: 'muted', id: 'customer-number', text: ' · ' + t('c.number') + ' ' + String(c.customer_id)})),
    el('p', {class: 'muted', id: 'c360-contact', text: contact.join(' · ')}),
    el('div', {class: 'card', id: 'c360-header', style: 'max-width:100%'}, summary,
      d.explanations.length ? el('ul', {id: 'c360-why', class: 'c360-why'}, d.explanations.map(why)) : '')];

    // feedback with its text
    const sentiment = (f) => f.label ? tr('c.sent.', f.label) + (f.sentiment === null ? '' : ' (' + I18N.num(f.sentiment, 2) + ')') : '';
    const scores = (f) => [f.nps !== null ? 'NPS ' + f.nps : '', f.csat !== null ? 'CSAT ' + f.csat : '', f.ces !== null ? 'CES ' + f.ces : ''].filter(x => x).join(' · ');
    const feedback = d.feedback.length ? el('div', {id: 'c360-feedback-list'}, d.feedback.map(f => el('div', {class: 'c360-comment', style: 'border-top:1px solid #e3e6ea;padding:6px 0'},
      el('div', {class: 'muted', text: [day(f.responded_at), tr('c.survey.', f.survey || ''), scores(f), sentiment(f), (f.themes || []).join(', ')].filter(x => x).join(' · ')}),
      f.text ? el('blockquote', {class: 'c360-text', text: f.text}) : el('p', {class: 'muted', i18n: 'c.notext'}),
      (f.tags || []).length ? el('div', {class: 'muted', text: t('c.tags') + ': ' + f.tags.join(', ')}) : '')))
      : el('p', {class: 'muted', i18n: 'c.nofeedback'});
    const caseLink = (v) => el('a', {href: '#case/' + v, class: 'case-link', text: String(v)});
    const campaigns = d.campaigns;
    const responded = campaigns.filter(x => x.responded).length;
    out.push(el('div', {class: 'row'},
      card('c360-feedback', 'c.p.feedback', feedback),
      card('c360-cases', 'c.p.cases',
        grid('c360-case-table', d.cases, [['c.col.case', r => caseLink(r.case_id)], ['c.col.title', r => r.title], ['c.col.status', r => tr('status.', r.status)],
          ['c.col.priority', r => tr('prio.', r.priority)], ['c.col.opened', r => day(r.opened_at)]]),
        el('h4', {i18n: 'c.p.tickets'}),
        grid('c360-ticket-table', d.tickets, [['c.col.ticket', r => r.ticket_id], ['c.col.opened', r => day(r.opened_at)], ['c.col.category', r => r.category || '–'],
          ['c.col.status', r => r.closed_at ? t('c.closed') : t('c.open')], ['c.col.outcome', r => r.outcome || '–']]))));
    out.push(el('div', {class: 'row'},
      card('c360-campaigns', 'c.p.campaigns', el('p', {class: 'muted', id: 'c360-campaign-count', text: fill(t('c.campaigncount'), {n: I18N.num(campaigns.length, 0), r: I18N.num(responded, 0)})}),
        grid('c360-campaign-table', campaigns, [['c.col.campaign', r => r.name || r.campaign_id], ['c.col.channel', r => r.channel || '–'], ['c.col.contacted', r => day(r.contacted_at)],
          ['c.col.responded', r => yesNo(r.responded)], ['c.col.converted', r => yesNo(r.converted)]])),
      card('c360-orders', 'c.p.orders',
        grid('c360-order-table', d.orders, [['c.col.date', r => day(r.ordered_at)], ['c.col.order', r => r.order_id], ['c.col.status', r => tr('c.order.', r.status)],
          ['c.col.amount', r => money(r.total_amount, r.currency), 'num'], ['c.col.channel', r => r.channel || '–']]))));

    // why these records are one customer
    const m = d.merged;
    const mergeLine = (x) => el('li', {'data-key': x.key_type}, fill(t('c.merge.line'), {a: x.source_a + ' ' + x.record_a, b: x.source_b + ' ' + x.record_b,
      key: tr('c.key.', x.key_type), value: x.key_value}));
    out.push(card('c360-merged', 'c.p.merged', el('p', {class: 'muted', text: fill(t('c.merged.count'), {n: I18N.num(m.records.length, 0)})}),
      grid('c360-record-table', m.records, [['c.col.source', r => r.source], ['c.col.record', r => r.external_id], ['c.col.name', r => r.name || '–'],
        ['c.col.email', r => r.email || '–'], ['c.col.phone', r => r.phone || '–'], ['c.col.country', r => r.country || '–']]),
      m.merges.length ? el('ul', {id: 'c360-merges'}, m.merges.map(mergeLine)) : el('p', {class: 'muted', id: 'c360-merges-none', i18n: 'c.merged.single'})));

    if (state.me.role === 'admin') {
      out.push(el('p', {}, el('a', {id: 'privacy-export', href: '/api/v1/customers/' + c.customer_id + '/export', download: 'customer-' + c.customer_id + '.json', i18n: 'c.export'}),
        ' ', el('button', {id: 'privacy-erase', type: 'button', i18n: 'c.erase', onclick: async () => {
          if (!confirm(t('c.confirm'))) return;
          await api('/api/v1/customers/' + c.customer_id, {method: 'DELETE'});
          document.getElementById('main').replaceChildren(el('p', {id: 'erased', i18n: 'c.erased'}));
        }})));
    }

    // the timeline: the kind and every fact named in the reader's language
    const factValue = (k, v, facts) => {
      if (k === 'amount') return money(v, facts.currency);
      if (k === 'responded' || k === 'converted') return yesNo(v);
      if (k === 'status') return tr('c.order.', v);
      if (k === 'type') return tr('c.type.', v);
      if (k === 'survey') return tr('c.survey.', v);
      return String(v);
    };
    const detail = (facts) => Object.entries(facts).filter(([k]) => k !== 'currency' && k !== 'text').map(([k, v]) => t('c.fact.' + k) + ': ' + factValue(k, v, facts))
      .join(' · ') + (facts.text ? ' — ' + facts.text : '');
    out.push(el('h3', {i18n: 'c.timeline'}), el('div', {id: 'timeline'}, grid('c360-timeline-table', d.timeline, [['c.col.when', r => I18N.date(r.occurred_at)],
      ['c.col.kind', r => tr('c.kind.', r.kind)], ['c.col.source', r => r.source], ['c.col.detail', r => detail(r.facts)]])));
    return out;
  }
});

'use strict';
/* The outbox (#outbox, admin and analyst): the alert e-mails a rule file with 'delivery: outbox: true' kept in the workspace
   instead of sending them, newest first, each with recipient, subject, time, the state of its alert and the body as text.
   Registered in CLIENTELA_PAGES; app.js hands it its helpers. Every value from the server goes in as text. */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
  outbox: (h) => async function (arg) {
    const {el, api, t} = h;
    const page = Math.max(1, parseInt(arg || '1', 10) || 1);
    const d = await api('/api/v1/outbox?sort=mail_id&order=desc&size=20&page=' + page);
    const out = [el('h2', {i18n: 'outbox.title'}), el('p', {class: 'muted', i18n: 'outbox.intro'})];
    if (!d.items.length) {
      out.push(el('div', {class: 'card', id: 'outbox-empty'}, el('p', {i18n: 'outbox.empty'}), el('pre', {class: 'outbox-body', text: 'delivery:\n  outbox: true'})));
      return out;
    }
    const pages = Math.max(1, Math.ceil(d.total / d.size));
    out.push(el('p', {id: 'outbox-count', class: 'muted', text: t('outbox.count').replace('{shown}', I18N.num(d.items.length)).replace('{total}', I18N.num(d.total))}));
    const status = (s) => s ? (t('outbox.status.' + s) === 'outbox.status.' + s ? s : t('outbox.status.' + s)) : '–';
    const field = (label, value) => [el('dt', {i18n: label}), el('dd', {}, value)];
    out.push(el('div', {id: 'outbox-mails', class: 'outbox-list'}, d.items.map(m => el('article', {class: 'card outbox-mail', 'data-mail': String(m.mail_id)},
      el('h3', {class: 'outbox-subject', text: m.subject}),
      el('dl', {class: 'outbox-head'},
        field('outbox.to', el('span', {class: 'outbox-to', text: m.mail_to})),
        field('outbox.from', m.mail_from),
        field('outbox.time', I18N.date(m.stored_at)),
        field('outbox.status', el('span', {class: 'outbox-status', text: status(m.alert_status)})),
        m.case_id === null || m.case_id === undefined ? [] : field('outbox.case', el('a', {href: '#case/' + m.case_id, text: '#' + m.case_id}))),
      el('pre', {class: 'outbox-body', text: m.body})))));
    if (pages > 1) {
      out.push(el('p', {class: 'row', id: 'outbox-pages'},
        page > 1 ? el('a', {href: '#outbox/' + (page - 1), i18n: 'outbox.newer'}) : '',
        el('span', {class: 'muted', text: ' ' + I18N.num(page) + ' / ' + I18N.num(pages) + ' '}),
        page < pages ? el('a', {href: '#outbox/' + (page + 1), i18n: 'outbox.older'}) : ''));
    }
    return out;
  }
});
(function () {
  /* the mail body keeps its line breaks but wraps inside its card on a phone */
  const s = document.createElement('style');
  s.textContent = '.outbox-list{display:flex;flex-direction:column;gap:12px}.outbox-mail{min-width:0}'
    + '.outbox-body{white-space:pre-wrap;overflow-wrap:anywhere;background:#f7f9fb;border:1px solid #dde3ea;border-radius:6px;padding:8px;margin:8px 0 0;font-size:13px}'
    + '.outbox-head{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}.outbox-head dd{margin:0;overflow-wrap:anywhere}'
    + '.outbox-subject{overflow-wrap:anywhere}';
  document.head.appendChild(s);
  /* the outbox is for admins and analysts: an agent's menu does not offer it */
  window.addEventListener('DOMContentLoaded', () => fetch('/auth/me', {credentials: 'same-origin'})
    .then(r => r.ok ? r.json() : null)
    .then(me => { if (me && me.role !== 'admin' && me.role !== 'analyst') document.querySelectorAll('#nav a[data-page=outbox]').forEach(a => a.remove()); })
    .catch(() => { /* signed out: the login page follows */ }));
})();

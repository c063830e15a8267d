'use strict';
/*
 * The comment explorer (#comments/<URLSearchParams>): the feedback texts behind the voice figures, filtered by theme, term,
 * sentiment, language, NPS group, product, tag, a searched text and the dashboard's filters; sorted and paged; the matched
 * term marked (<mark> elements around text nodes, from the places the server found); tags added and removed; each comment
 * linked to its customer for roles that see personal data. Every value from the server goes in as text.
 */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
  comments: (h) => async function comments(arg) {
    const {el, api, send, post, filterQuery, t, state, render} = h;
    const params = new URLSearchParams(arg || '');
    const FIELDS = ['theme', 'term', 'sentiment', 'language', 'nps_group', 'product', 'tag', 'q', 'sort', 'order'];
    const query = new URLSearchParams(filterQuery());
    FIELDS.concat(['page', 'size']).forEach(k => { if (params.get(k)) query.set(k, params.get(k)); });
    if (!query.get('size')) query.set('size', '25');
    // the themes the voice run found (none before the first run), and the one asked for even when it found none
    const [d, tags, found] = await Promise.all([api('/api/v1/voice/comments?' + query), api('/api/v1/voice/comments/tags'),
      api('/api/v1/voice/themes').catch(() => ({themes: []}))]);
    const themes = [...new Set((found.themes || []).map(x => x.theme).concat(params.get('theme') ? [params.get('theme')] : []))];
    const personal = state.me.personal_data;
    const tr = (prefix, v) => { const k = prefix + v; return t(k) === k ? String(v) : t(k); };
    const go = (p) => { location.hash = '#comments/' + p.toString(); };

    // the filter form; its values are the hash's
    const input = (name, label, attrs) => el('label', {}, el('span', {i18n: label}), el('input', Object.assign({name: name, id: 'cmt-' + name, value: params.get(name) || '', maxlength: '100'}, attrs || {})));
    const select = (name, label, values, prefix, noAll) => {
      const s = el('select', {name: name, id: 'cmt-' + name}, noAll ? '' : el('option', {value: '', i18n: 'f.all'}),
        values.map(v => el('option', {value: v, text: prefix ? tr(prefix, v) : v})));
      s.value = params.get(name) || (noAll ? values[0] : '');
      return el('label', {}, el('span', {i18n: label}), s);
    };
    const form = el('form', {id: 'cmt-form', class: 'card filters-form', style: 'display:flex;flex-wrap:wrap;gap:8px;max-width:100%', onsubmit: ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      new FormData(form).forEach((v, k) => { if (String(v).trim()) p.set(k, String(v).trim()); });
      go(p);
    }},
    input('term', 'cmt.term'), input('q', 'cmt.q', {maxlength: '200'}), select('theme', 'cmt.theme', themes),
    select('sentiment', 'cmt.sentiment', ['positive', 'neutral', 'negative'], 'cmt.sent.'),
    select('language', 'cmt.language', ['en', 'es', 'zh', 'hu'], 'cmt.lang.'),
    select('nps_group', 'cmt.nps_group', ['promoter', 'passive', 'detractor'], 'cmt.group.'),
    input('product', 'cmt.product'), select('tag', 'cmt.tag', tags.items.map(x => x.tag)),
    select('sort', 'cmt.sort', ['date', 'nps', 'sentiment'], 'cmt.sortby.', true), select('order', 'cmt.order', ['desc', 'asc'], 'cmt.dir.', true),
    el('button', {type: 'submit', id: 'cmt-go', i18n: 'cmt.go'}));

    // the text with its matches marked: text nodes and <mark> elements, never HTML
    const marked = (text, matches) => {
      const parts = [];
      let at = 0;
      (matches || []).forEach(([from, to]) => {
        if (from < at) return; // overlapping places: the first wins
        parts.push(text.slice(at, from), el('mark', {text: text.slice(from, to)}));
        at = to;
      });
      parts.push(text.slice(at));
      return el('p', {class: 'cmt-text'}, parts);
    };
    const tagBox = (c) => {
      const chips = (c.tags || []).map(tg => el('span', {class: 'cmt-tag', 'data-tag': tg, style: 'display:inline-block;background:#eef1f5;border-radius:10px;padding:1px 8px;margin:2px'},
        tg, personal && c.source ? el('button', {type: 'button', class: 'cmt-untag', title: t('cmt.untag'), 'aria-label': t('cmt.untag'), style: 'border:0;background:none;cursor:pointer',
          onclick: async () => { await send('DELETE', '/api/v1/voice/comments/' + encodeURIComponent(c.source) + '/' + encodeURIComponent(c.feedback_id) + '/tags?tag=' + encodeURIComponent(tg)); render(); }}, '×') : ''));
      if (!personal || !c.source) return el('div', {class: 'cmt-tags'}, chips);
      const field = el('input', {class: 'cmt-tag-input', maxlength: '40', placeholder: t('cmt.newtag'), 'aria-label': t('cmt.newtag'), size: '14'});
      const error = el('span', {class: 'error'});
      return el('form', {class: 'cmt-tags', onsubmit: async ev => {
        ev.preventDefault();
        try { await post('/api/v1/voice/comments/' + encodeURIComponent(c.source) + '/' + encodeURIComponent(c.feedback_id) + '/tags', {tag: field.value}); render(); } catch (e) { error.textContent = String(e.message); }
      }}, chips, field, el('button', {type: 'submit', class: 'cmt-tag-add', i18n: 'cmt.addtag'}), error);
    };
    const item = (c) => {
      const meta = [I18N.date(c.responded_at), c.nps !== null && c.nps !== undefined ? 'NPS ' + c.nps : '', c.label ? tr('cmt.sent.', c.label) + (c.sentiment === null ? '' : ' (' + I18N.num(c.sentiment, 2) + ')') : '',
        c.language ? tr('cmt.lang.', c.language) : '', (c.themes || []).join(', '), c.product_id ? t('cmt.product') + ' ' + c.product_id : ''].filter(x => x).join(' · ');
      return el('div', {class: 'card cmt-item', 'data-id': c.source ? c.source + '/' + c.feedback_id : '', style: 'max-width:100%;overflow-wrap:anywhere'},
        el('div', {class: 'muted', text: meta}), marked(c.text || '', c.matches),
        personal && c.customer_id !== null && c.customer_id !== undefined ? el('a', {href: '#customer/' + c.customer_id, class: 'cmt-customer', text: t('cmt.customer') + ' ' + String(c.customer_id)}) : '',
        tagBox(c));
    };

    const page = d.page;
    const pages = typeof d.total === 'number' ? Math.max(1, Math.ceil(d.total / d.size)) : 1;
    const to = (n) => () => { const p = new URLSearchParams(params); p.set('page', String(n)); go(p); };
    const pager = el('div', {class: 'row cmt-pager'}, el('button', {type: 'button', id: 'cmt-prev', i18n: 'prev', disabled: page > 1 ? null : 'disabled', onclick: to(page - 1)}),
      el('span', {class: 'muted', text: ' ' + I18N.num(page, 0) + ' ' + t('of') + ' ' + I18N.num(pages, 0) + ' '}),
      el('button', {type: 'button', id: 'cmt-next', i18n: 'next', disabled: page < pages ? null : 'disabled', onclick: to(page + 1)}));
    const count = d.suppressed ? el('p', {class: 'muted suppressed', id: 'cmt-total', text: t('cmt.suppressed').replace('{n}', String(d.total).replace(/\D+/g, ''))})
      : el('p', {class: 'muted', id: 'cmt-total', 'data-total': String(d.total), text: t('cmt.total').replace('{n}', I18N.num(d.total, 0))});
    const out = [el('h2', {i18n: 'cmt.title'}), form, count];
    if (!personal) out.push(el('p', {class: 'muted', id: 'cmt-anonymous', i18n: 'cmt.anonymous'}));
    out.push(d.items.length ? el('div', {id: 'cmt-list'}, d.items.map(item)) : el('p', {class: 'card muted', id: 'cmt-empty', i18n: 'cmt.empty'}), pager);
    return out;
  }
});

'use strict';
/* The customer list behind every chart (#list/<query>) and the customer search (#customers/<query>): the same list, paged,
 * sortable on every column, searchable, with its filters said in words and removable, CSV and Excel exports and
 * "save as segment". Registered in CLIENTELA_PAGES; app.js hands it its helpers. Values from the server go into the page
 * only as text (el, textContent). */
(function () {
  const COLUMNS = ['customer_id', 'name', 'email', 'country', 'region', 'channel', 'segment', 'abc', 'quadrant', 'orders', 'revenue', 'clv',
    'p_alive', 'last_order'];
  /* the list's filters in the order the header names them; the global ones also come from the filter bar */
  const FILTERS = ['rfm_segment', 'r', 'f', 'abc', 'quadrant', 'cohort', 'month', 'clv_min', 'clv_max', 'theme', 'term', 'segment', 'country',
    'region', 'channel', 'from', 'to'];
  const GLOBAL = ['from', 'to', 'country', 'region', 'channel', 'segment'];
  const KNOWN = FILTERS.concat(['q', 'saved', 'sort', 'order', 'page', 'size']);
  const SIZES = [25, 50, 100, 200];
  const NUMERIC = ['customer_id', 'orders', 'revenue', 'clv', 'p_alive'];

  const CSS = `
#list-page .list-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
#list-page .chips { display: flex; gap: 6px; flex-wrap: wrap; margin: 6px 0 10px; }
#list-page .chip { display: inline-flex; align-items: center; gap: 4px; background: #e8eef7; border: 1px solid #c9d6ea; border-radius: 14px;
  padding: 2px 4px 2px 10px; font-size: 13px; max-width: 100%; overflow-wrap: anywhere; }
#list-page .chip button { border: 0; background: transparent; font-size: 15px; line-height: 1; padding: 0 6px; color: #1d3557; }
#list-page .tools { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 8px; }
#list-page .tools input[type=search] { flex: 1 1 160px; min-width: 0; max-width: 320px; }
#list-page .list-box { overflow-x: auto; max-width: 100%; position: relative; }
#list-page .list-box.busy { opacity: .5; }
#list-page th.sortable { cursor: pointer; white-space: nowrap; user-select: none; }
#list-page th.sortable:hover { background: #f0f4fa; }
#list-page th .arrow { margin-left: 4px; color: #1d3557; }
#list-page td { white-space: nowrap; }
#list-page .pager { flex-wrap: wrap; }
#list-page .empty { padding: 16px; background: #fff; border: 1px dashed #c9d6ea; border-radius: 8px; }
#list-page .saved-bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 8px; }
#list-page .saved-bar select { min-width: 0; max-width: 100%; }
#list-page .loading { color: #52606d; }
`;

  function style(el) {
    if (!document.getElementById('explore-css')) document.head.append(el('style', {id: 'explore-css', text: CSS}));
  }

  /* The list's parameters: the filter bar's global filters under those of the address (#list/<params>); for
   * #customers/<text> of older links, the text is the search. */
  function params(h, arg, drill) {
    const p = new URLSearchParams();
    new URLSearchParams(h.filterQuery()).forEach((v, k) => { if (GLOBAL.includes(k) && v) p.set(k, v); });
    const raw = arg || '';
    const own = raw.includes('=') || !raw ? new URLSearchParams(raw) : new URLSearchParams({q: decodeURIComponent(raw)});
    own.forEach((v, k) => { if (v === '') p.delete(k); else p.set(k, v); });
    if (!drill) FILTERS.filter(k => !GLOBAL.includes(k)).forEach(k => p.delete(k));
    return p;
  }

  /* The address of this list with some parameters changed (null: removed); the global filters stay in the filter bar. */
  function address(page, p, changes) {
    const next = new URLSearchParams(p);
    Object.entries(changes || {}).forEach(([k, v]) => { if (v === null || v === '' || v === undefined) next.delete(k); else next.set(k, v); });
    GLOBAL.forEach(k => { const bar = document.getElementById('f-' + k); if (bar && bar.value && bar.value === next.get(k)) next.delete(k); });
    // a plain search keeps the short address of older links: #customers/<text>
    if (page === 'customers' && [...next.keys()].length === 1 && next.get('q')) return '#customers/' + encodeURIComponent(next.get('q'));
    return '#' + page + '/' + next.toString();
  }

  /* A filter's value in words: segment and quadrant names translated, dates in the locale's format. */
  function valueText(t, k, v) {
    if (k === 'rfm_segment' || k === 'segment') return v.split(',').map(s => label(t, 'list.seg.' + s, s)).join(', ');
    if (k === 'quadrant') return v.split(',').map(s => label(t, 'list.q.' + s, s)).join(', ');
    if (k === 'from' || k === 'to') return I18N.date(v);
    if (k === 'clv_min' || k === 'clv_max') return I18N.num(Number(v));
    return v;
  }

  function label(t, key, fallback) { const s = t(key); return s === key ? fallback : s; }

  function page(h, arg, drill) {
    const {el, api, post, send, t, state} = h;
    const name = drill ? 'list' : 'customers';
    return (async () => {
      style(el);
      const p = params(h, arg, drill);
      const old = document.getElementById('list-box');
      if (old) { old.classList.add('busy'); old.setAttribute('aria-busy', 'true'); }
      else document.getElementById('main').replaceChildren(el('p', {class: 'loading', id: 'list-loading', i18n: 'list.loading'}));
      const query = new URLSearchParams(p);
      if (!query.get('size')) query.set('size', '50');
      if (!drill && !query.get('sort') && !query.get('q')) { query.set('sort', 'revenue'); query.set('order', 'desc'); }
      const [d, saved] = await Promise.all([api('/api/v1/customers?' + query.toString()),
        api('/api/v1/saved-segments').catch(() => ({items: []}))]);
      const go = (changes) => { location.hash = address(name, p, changes); };
      const out = [];

      // what the list holds, in words, and each filter as a chip that removes it
      const filters = Object.entries(d.filters || {}).filter(([k]) => FILTERS.includes(k))
        .sort((a, b) => FILTERS.indexOf(a[0]) - FILTERS.indexOf(b[0]));
      const savedSegment = d.saved ? saved.items.find(s => String(s.segment_id) === String(d.saved)) : null;
      const words = filters.map(([k, v]) => t('list.f.' + k) + ': ' + valueText(t, k, v));
      if (p.get('q')) words.push(t('list.f.q') + ': “' + p.get('q') + '”');
      out.push(el('div', {class: 'list-head'}, el('h2', {id: 'list-title', i18n: drill ? 'list.title' : 'nav.customers'}),
        el('span', {class: 'muted', id: 'list-total', text: I18N.num(d.total) + ' ' + t('list.customers')})));
      out.push(el('p', {id: 'list-filters', class: 'muted', text: (savedSegment ? t('list.saved') + ' “' + savedSegment.name + '” · ' : '')
        + (words.length ? words.join(' · ') : t('list.nofilter'))}));
      const removeChip = (k) => {
        const bar = document.getElementById('f-' + k);
        if (GLOBAL.includes(k) && bar && bar.value) {
          bar.value = '';
          if (p.has(k)) { history.replaceState(null, '', address(name, p, {[k]: null, page: null})); }
          bar.dispatchEvent(new Event('change'));
          return;
        }
        go({[k]: null, page: null});
      };
      const chips = filters.map(([k, v]) => el('span', {class: 'chip', 'data-filter': k}, t('list.f.' + k) + ': ' + valueText(t, k, v),
        el('button', {type: 'button', class: 'chip-remove', title: t('list.remove'), 'aria-label': t('list.remove') + ' ' + t('list.f.' + k),
          onclick: () => removeChip(k)}, '×')));
      if (p.get('q')) chips.push(el('span', {class: 'chip', 'data-filter': 'q'}, t('list.f.q') + ': “' + p.get('q') + '”',
        el('button', {type: 'button', class: 'chip-remove', title: t('list.remove'), onclick: () => go({q: null, page: null})}, '×')));
      if (d.saved) chips.unshift(el('span', {class: 'chip', 'data-filter': 'saved'}, t('list.saved') + ': ' + (savedSegment ? savedSegment.name : '#' + d.saved),
        el('button', {type: 'button', class: 'chip-remove', title: t('list.remove'), onclick: () => go({saved: null, page: null})}, '×')));
      if (chips.length) out.push(el('div', {class: 'chips', id: 'list-chips'}, chips));
      if (d.not_applied && d.not_applied.length) out.push(el('p', {class: 'muted', id: 'list-not-applied', i18n: 'list.period'}));

      // search, exports, save as segment
      const search = el('input', {type: 'search', id: 'customer-search', placeholder: t('customers.search'), value: p.get('q') || '', maxlength: '200',
        'aria-label': t('customers.search')});
      const exportQuery = new URLSearchParams(query);
      exportQuery.delete('page');
      exportQuery.delete('size');
      exportQuery.set('lang', I18N.lang());
      const link = (format, key) => el('a', {id: 'list-export-' + format, href: '/api/v1/customers?' + exportQuery.toString() + '&format=' + format,
        download: 'customers.' + format, i18n: key});
      const message = el('span', {id: 'list-message', class: 'muted', role: 'status'});
      const tools = [el('form', {class: 'tools', id: 'list-search-form', onsubmit: ev => { ev.preventDefault(); go({q: search.value.trim(), page: null}); }},
        search, el('button', {type: 'submit', id: 'customer-go', i18n: 'customers.go'})), link('csv', 'list.csv'), link('xlsx', 'list.xlsx')];
      const mayAnalyse = ['admin', 'analyst'].includes(state.me.role);
      if (mayAnalyse) {
        tools.push(el('button', {type: 'button', id: 'list-save', i18n: 'list.save', onclick: async () => {
          const segmentName = prompt(t('list.save.prompt'));
          if (!segmentName || !segmentName.trim()) return;
          try {
            const s = await post('/api/v1/saved-segments', {name: segmentName.trim(), filters: d.filters || {}});
            message.replaceChildren(t('list.save.done') + ' “' + s.name + '” ', el('a', {href: '#list/saved=' + s.segment_id, id: 'list-saved-link', i18n: 'list.open'}));
            message.className = 'muted';
          } catch (e) {
            message.textContent = e.message;
            message.className = 'error';
          }
        }}));
      }
      if (d.saved && mayAnalyse) {
        // the segment builder's campaign list of this saved segment: only customers who consented to e-mail
        tools.push(el('a', {id: 'list-campaign', href: '/api/v1/campaign-list?format=csv&contact=email&saved=' + encodeURIComponent(d.saved),
          download: 'campaign.csv', i18n: 'list.campaign'}));
      }
      out.push(el('div', {class: 'tools'}, tools, message));
      if (p.get('q') && mayAnalyse) out.push(el('p', {class: 'muted', id: 'list-q-note', i18n: 'list.q.notsaved'}));

      // the saved segments: open one, and (analysts, admins) delete one
      if (saved.items.length) {
        const pick = el('select', {id: 'list-saved-select', 'aria-label': t('list.saved.pick')}, el('option', {value: '', text: t('list.saved.pick')}),
          saved.items.map(s => el('option', {value: String(s.segment_id), text: s.name})));
        if (d.saved) pick.value = String(d.saved);
        const bar = [el('span', {class: 'muted', i18n: 'list.saved.title'}), pick,
          el('button', {type: 'button', id: 'list-saved-open', i18n: 'list.open', onclick: () => { if (pick.value) location.hash = '#list/saved=' + pick.value; }})];
        if (mayAnalyse) {
          bar.push(el('button', {type: 'button', id: 'list-saved-delete', i18n: 'list.saved.delete', onclick: async () => {
            if (!pick.value || !confirm(t('list.saved.confirm'))) return;
            await send('DELETE', '/api/v1/saved-segments/' + pick.value);
            if (String(d.saved) === pick.value) go({saved: null}); else h.render();
          }}));
        }
        out.push(el('div', {class: 'saved-bar', id: 'list-saved-bar'}, bar));
      }

      // the table: every column sorts by a click on its header (again: the other way), the arrow shows how
      const sort = d.sort;
      const order = d.order;
      const head = el('tr', {}, COLUMNS.map(c => {
        const active = c === sort;
        const next = active && order === 'asc' ? 'desc' : active ? 'asc' : (NUMERIC.includes(c) && c !== 'customer_id' ? 'desc' : 'asc');
        return el('th', {class: 'sortable' + (NUMERIC.includes(c) ? ' num' : ''), 'data-col': c, scope: 'col',
          'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none', title: t('list.sortby'),
          onclick: () => go({sort: c, order: next, page: null})},
        label(t, 'col.' + c, label(t, 'list.col.' + c, c)), active ? el('span', {class: 'arrow', text: order === 'asc' ? '▲' : '▼'}) : '');
      }));
      const cell = (c, r) => {
        const v = r[c];
        if (v === null || v === undefined) return el('td', {text: ''});
        if (c === 'customer_id') return el('td', {}, el('a', {href: '#customer/' + v, class: 'customer-link', text: String(v)}));
        if (c === 'revenue' || c === 'clv') return el('td', {class: 'num', text: I18N.money(v, d.currency)});
        if (c === 'orders') return el('td', {class: 'num', text: I18N.num(v)});
        if (c === 'p_alive') return el('td', {class: 'num', text: I18N.num(v, 3)});
        if (c === 'last_order') return el('td', {text: I18N.date(v)});
        if (c === 'segment') return el('td', {text: label(t, 'list.seg.' + v, v)});
        if (c === 'quadrant') return el('td', {text: label(t, 'list.q.' + v, v)});
        return el('td', {text: String(v)});
      };
      if (d.total === 0) {
        out.push(el('div', {class: 'empty', id: 'list-empty'}, el('p', {i18n: filters.length || p.get('q') || d.saved ? 'list.empty' : 'list.empty.none'}),
          filters.length || p.get('q') || d.saved ? el('a', {href: '#' + name + '/', id: 'list-clear', i18n: 'list.clear'}) : ''));
      } else {
        out.push(el('div', {class: 'list-box card', id: 'list-box'}, el('table', {id: 'list-table'}, el('thead', {}, head),
          el('tbody', {}, d.items.map(r => el('tr', {'data-id': String(r.customer_id)}, COLUMNS.map(c => cell(c, r))))))));
      }

      // paging: previous, next, page x of y, page size
      const size = el('select', {id: 'list-size', 'aria-label': t('list.size')}, SIZES.map(s => el('option', {value: String(s), text: String(s)})));
      size.value = String(d.size);
      size.addEventListener('change', () => go({size: size.value, page: null}));
      out.push(el('div', {class: 'pager', id: 'list-pager'},
        el('button', {type: 'button', id: 'list-prev', i18n: 'prev', disabled: d.page <= 1 ? 'disabled' : null, onclick: () => go({page: d.page - 1})}),
        el('span', {id: 'list-page-of', text: t('list.page').replace('{x}', I18N.num(d.page)).replace('{y}', I18N.num(d.pages))}),
        el('button', {type: 'button', id: 'list-next', i18n: 'next', disabled: d.page >= d.pages ? 'disabled' : null, onclick: () => go({page: d.page + 1})}),
        el('label', {class: 'inline'}, el('span', {class: 'muted', text: t('list.size') + ' '}), size)));
      return [el('div', {id: 'list-page', 'data-total': String(d.total), 'data-sort': sort, 'data-order': order, 'data-page-no': String(d.page)}, out)];
    })();
  }

  window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
    list: (h) => async function (arg) { return page(h, arg, true); },
    customers: (h) => async function (arg) { return page(h, arg, false); }
  });
})();

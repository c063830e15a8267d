'use strict';
/*
 * The voice page (issue #6): NPS, CSAT and CES per month, sentiment over time, frequent and emerging
 * terms, themes and the key-driver matrix. Registered in CLIENTELA_PAGES; app.js hands it its helpers.
 * Text from the data (terms, themes, drivers) goes into the page only as textContent (el, table) and
 * into charts drawn on canvas with rich-text (canvas) tooltips, never as HTML.
 */
I18N.add({
  en: {'voice.q.no clear difference': 'No clear difference', 'col.performance_low': 'Performance low (95 %)',
    'col.performance_high': 'Performance high (95 %)',
    'voice.unclear': 'Grey: no clear difference. The 95 % interval of the driver\'s importance or performance holds the drivers\' mean, so the data cannot say on which side of the line it lies.',
    'voice.clickhint': 'Click a term or a theme to read the comments behind it.', 'voice.open': 'Comments'},
  es: {'voice.q.no clear difference': 'Sin diferencia clara', 'col.performance_low': 'Desempeño mínimo (95 %)',
    'col.performance_high': 'Desempeño máximo (95 %)',
    'voice.unclear': 'Gris: sin diferencia clara. El intervalo del 95 % de la importancia o del desempeño contiene la media de los impulsores, así que los datos no dicen de qué lado de la línea está.',
    'voice.clickhint': 'Haga clic en un término o un tema para leer los comentarios que hay detrás.', 'voice.open': 'Comentarios'},
  zh: {'voice.q.no clear difference': '无明显差异', 'col.performance_low': '表现下限 (95%)', 'col.performance_high': '表现上限 (95%)',
    'voice.unclear': '灰色：无明显差异。该因素重要性或表现的 95% 区间包含所有因素的平均值，数据无法判断它位于虚线的哪一侧。',
    'voice.clickhint': '点击词语或主题即可查看背后的评论。', 'voice.open': '评论'},
  hu: {'voice.q.no clear difference': 'Nincs egyértelmű eltérés', 'col.performance_low': 'Teljesítmény alsó határa (95 %)',
    'col.performance_high': 'Teljesítmény felső határa (95 %)',
    'voice.unclear': 'Szürke: nincs egyértelmű eltérés. A tényező fontosságának vagy teljesítményének 95 %-os intervalluma tartalmazza a tényezők átlagát, így az adatokból nem dönthető el, a vonal melyik oldalán van.',
    'voice.clickhint': 'Kattintson egy kifejezésre vagy témára a mögötte álló megjegyzések olvasásához.', 'voice.open': 'Megjegyzések'}
});

window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {
  voice: (h) => async function voice() {
    const {el, chart, table, kpi, api, filterQuery, t} = h;
    const q = filterQuery();
    const get = (p, extra) => api('/api/v1/voice/' + p + '?' + q + (extra ? '&' + extra : ''));
    const [sum, kpis, sent, terms, themes, drivers] = await Promise.all([get('summary'), get('kpis'), get('sentiment'), get('terms', 'limit=15'),
      get('themes'), get('drivers')]);
    const tip = {renderMode: 'richText', trigger: 'axis'};
    const num = (v, d) => I18N.num(v, d);
    const month = (m) => new Intl.DateTimeFormat(I18N.locale(), {year: 'numeric', month: 'short', timeZone: 'UTC'}).format(new Date(m + '-01T00:00:00Z'));
    const langName = (l) => t('lang.' + l) === 'lang.' + l ? l : t('lang.' + l);
    const empty = (id, key) => el('p', {class: 'card muted voice-empty', id: id, i18n: key});
    const notApplied = (d) => d.not_applied && d.not_applied.length
      ? el('p', {class: 'muted', text: t('voice.notapplied') + ': ' + d.not_applied.map(f => t('f.' + f) === 'f.' + f ? f : t('f.' + f)).join(', ')}) : '';
    // the comment explorer behind a theme or term: #comments/<params>, with the filters it understands (from, to, segment)
    const commentsHash = (what) => {
      const p = new URLSearchParams();
      Object.entries(what).forEach(([k, v]) => { if (v) p.set(k, v); });
      const f = new URLSearchParams(q);
      ['from', 'to', 'segment'].forEach(k => { if (f.get(k)) p.set(k, f.get(k)); });
      return '#comments/' + p.toString();
    };
    const link = (cls, what, text) => el('a', {class: cls, href: commentsHash(what), text: text});
    // a click on a bar of a chart opens the comments of that bar (the chart instance exists after app.js's own frame)
    const clickable = (card, what) => {
      const box = card.querySelector('.chart');
      const hook = () => {
        const c = box && echarts.getInstanceByDom(box);
        if (!c) { requestAnimationFrame(hook); return; }
        c.on('click', (p) => { const w = what(p); if (w) location.hash = commentsHash(w); });
        box.style.cursor = 'pointer';
      };
      requestAnimationFrame(hook);
      return card;
    };
    const out = [el('h2', {i18n: 'voice.title'})];
    if (sum.feedback === 0) {
      out.push(empty('voice-nofeedback', 'voice.nofeedback'));
      return out;
    }
    out.push(el('p', {class: 'muted', id: 'voice-run', text: sum.run_id === null ? t('voice.none')
      : t('voice.run') + ' ' + sum.run_id + ' · ' + I18N.date(sum.created_at) + ' · ' + num(sum.responses, 0) + ' ' + t('voice.responses')}));

    // KPIs and their monthly trend (read from the feedback itself: shown even before a voice run)
    const score = (k, d) => k.all ? num(k.all.value, d) : '–';
    out.push(el('div', {class: 'kpis'}, kpi('voice.nps', score(kpis.nps, 1)), kpi('voice.csat', kpis.csat.all ? score(kpis.csat, 1) + ' %' : '–'),
      kpi('voice.ces', score(kpis.ces, 2)), kpi('voice.answers', num(kpis.nps.all ? kpis.nps.all.n : 0, 0))));
    const nm = kpis.nps.months;
    if (nm.length) {
      const marked = nm.map(m => m.change_significant ? {value: m.value, symbolSize: 12, itemStyle: {color: '#e76f51'}} : m.value);
      out.push(chart(t('voice.npstrend'), {tooltip: tip, legend: {}, xAxis: {type: 'category', data: nm.map(m => month(m.month))},
        yAxis: [{type: 'value', name: t('voice.nps'), min: -100, max: 100, axisLabel: {formatter: v => num(v, 0)}},
          {type: 'value', name: t('voice.answers'), axisLabel: {formatter: v => num(v, 0)}}],
        series: [
          {type: 'bar', stack: 'n', yAxisIndex: 1, name: t('voice.promoters'), itemStyle: {color: '#3ba272'}, data: nm.map(m => m.promoters)},
          {type: 'bar', stack: 'n', yAxisIndex: 1, name: t('voice.passives'), itemStyle: {color: '#c9ced6'}, data: nm.map(m => m.passives)},
          {type: 'bar', stack: 'n', yAxisIndex: 1, name: t('voice.detractors'), itemStyle: {color: '#ee6666'}, data: nm.map(m => m.detractors)},
          {type: 'line', name: t('voice.nps'), symbolSize: 6, lineStyle: {width: 3}, itemStyle: {color: '#1d3557'}, data: marked}]}, nm.length));
      out.push(el('p', {class: 'muted', i18n: 'voice.significant'}));
    }
    const cm = kpis.csat.months;
    const em = kpis.ces.months;
    if (cm.length || em.length) {
      const months = [...new Set(cm.map(m => m.month).concat(em.map(m => m.month)))].sort();
      const at = (list) => months.map(m => { const r = list.find(x => x.month === m); return r ? r.value : null; });
      out.push(chart(t('voice.csatces'), {tooltip: tip, legend: {}, xAxis: {type: 'category', data: months.map(month)},
        yAxis: [{type: 'value', name: t('voice.csat') + ' %', min: 0, max: 100}, {type: 'value', name: t('voice.ces'), min: 1, max: 7}],
        series: [{type: 'line', name: t('voice.csat'), data: at(cm)}, {type: 'line', name: t('voice.ces'), yAxisIndex: 1, data: at(em)}]}, months.length));
    }
    if (sum.run_id === null) {
      out.push(empty('voice-empty', 'voice.none'));
      return out;
    }

    // sentiment over time: mean score per language, share negative of all
    const langs = [...new Set(sent.monthly.filter(m => m.language !== 'all').map(m => m.language))].sort();
    const sm = [...new Set(sent.monthly.map(m => m.month))].sort();
    const of = (l, f) => sm.map(m => { const r = sent.monthly.find(x => x.month === m && x.language === l); return r ? r[f] : null; });
    if (sm.length) {
      out.push(chart(t('voice.sentiment'), {tooltip: tip, legend: {}, xAxis: {type: 'category', data: sm.map(month)},
        yAxis: [{type: 'value', name: t('voice.mean'), min: -1, max: 1, axisLabel: {formatter: v => num(v, 1)}},
          {type: 'value', name: t('voice.negative'), min: 0, max: 1, axisLabel: {formatter: v => num(100 * v, 0) + ' %'}}],
        series: [{type: 'bar', name: t('voice.negative'), yAxisIndex: 1, itemStyle: {color: '#f4b6b6'}, data: of('all', 'share_negative')},
          {type: 'line', name: t('voice.alllangs'), lineStyle: {width: 3}, data: of('all', 'mean')}]
          .concat(langs.map(l => ({type: 'line', name: langName(l), data: of(l, 'mean')})))}, sm.length));
    } else {
      out.push(empty('voice-nosentiment', 'voice.notexts'));
    }

    // frequent terms per language (bars), emerging terms (table)
    out.push(el('h3', {i18n: 'voice.terms'}), notApplied(terms));
    if (terms.approximate) out.push(el('p', {class: 'muted', i18n: 'voice.approx'}));
    if (terms.message) out.push(el('p', {class: 'muted', text: terms.message}));
    const termCharts = terms.languages.filter(l => l.terms.length).map(l => {
      const list = l.terms.slice().reverse();
      const card = clickable(chart(langName(l.language) + ' · ' + num(l.responses, 0) + ' ' + t('voice.responses'), {tooltip: tip, grid: {left: 110},
        xAxis: {type: 'value', axisLabel: {formatter: v => num(v, 0)}}, yAxis: {type: 'category', data: list.map(x => x.term)},
        series: [{type: 'bar', name: t('col.responses'), data: list.map(x => x.responses)}]}, list.length),
        (p) => list[p.dataIndex] ? {term: list[p.dataIndex].term, language: l.language} : null);
      card.append(el('p', {class: 'voice-term-links', 'data-language': l.language, style: 'overflow-wrap: anywhere'},
        l.terms.map(x => link('voice-term', {term: x.term, language: l.language}, x.term))));
      return card;
    });
    if (termCharts.length) out.push(el('p', {class: 'muted', i18n: 'voice.clickhint'}));
    out.push(termCharts.length ? el('div', {class: 'row voice-terms'}, termCharts) : empty('voice-noterms', 'voice.noterms'));
    out.push(el('div', {class: 'card scroll', id: 'voice-emerging', style: 'min-width: 0'}, el('h3', {i18n: 'voice.emerging'}), terms.emerging.length
      ? table(terms.emerging.map(e => Object.assign({}, e, {month: month(e.month)})),
        ['language', 'term', 'month', 'before', 'after', 'lift', 'p_adjusted'],
        {p_adjusted: v => v.toExponential(1), language: v => langName(v), term: (v, r) => link('voice-term', {term: v, language: r.language}, v)})
      : el('p', {class: 'muted', i18n: 'voice.noemerging'})));

    // themes
    out.push(el('h3', {i18n: 'voice.themes'}), notApplied(themes));
    if (themes.themes.length) {
      const list = themes.themes.slice().reverse();
      out.push(el('div', {class: 'row'}, clickable(chart(t('voice.themes'), {tooltip: tip, grid: {left: 140},
        xAxis: {type: 'value', axisLabel: {formatter: v => num(100 * v, 0) + ' %'}}, yAxis: {type: 'category', data: list.map(x => x.theme)},
        visualMap: {dimension: 2, min: -1, max: 1, show: false, inRange: {color: ['#ee6666', '#fac858', '#3ba272']}},
        series: [{type: 'bar', name: t('col.share_of_texts'), encode: {x: 0, y: 1}, data: list.map(x => [x.share_of_texts, x.theme, x.mean_sentiment])}]}, list.length),
        (p) => list[p.dataIndex] ? {theme: list[p.dataIndex].theme} : null),
      el('div', {class: 'card scroll', id: 'voice-themes', style: 'min-width: 0'}, table(themes.themes, ['theme', 'responses', 'share_of_texts', 'mean_sentiment', 'share_negative', 'nps_of_these'],
        {theme: (v) => link('voice-theme', {theme: v}, v)}))));
    } else {
      out.push(empty('voice-nothemes', 'voice.nothemes'));
    }
    if (themes.candidate_themes.length) {
      out.push(el('div', {class: 'card', id: 'voice-candidates'}, el('h3', {i18n: 'voice.candidates'}),
        table(themes.candidate_themes.map(c => Object.assign({}, c, {language: langName(c.language)})), ['language', 'phrase', 'responses'])));
    }

    // key-driver matrix: importance × performance, quadrant lines at the means
    out.push(el('h3', {i18n: 'voice.drivers'}));
    const matrices = drivers.matrices.filter(m => m.drivers.length);
    if (!matrices.length) {
      out.push(empty('voice-nodrivers', 'voice.nodrivers'));
      return out;
    }
    const colours = {'fix first': '#ee6666', 'keep up': '#3ba272', 'monitor': '#fac858', 'maintain': '#5470c6', 'no clear difference': '#9aa3ad'};
    const matrixChart = (m) => {
      const groups = Object.keys(colours).filter(g => m.drivers.some(d => d.quadrant === g));
      return chart(m.survey + ' · ' + m.outcome + ' · ' + t('voice.kind.' + m.kind) + ' · n = ' + num(m.responses, 0) + ', R² ' + num(m.r_squared, 2), {
        tooltip: {renderMode: 'richText'}, legend: {data: groups.map(g => t('voice.q.' + g))},
        xAxis: {type: 'value', name: t('voice.performance'), scale: true, axisLabel: {formatter: v => num(v, 2)}},
        yAxis: {type: 'value', name: t('voice.importance'), scale: true, axisLabel: {formatter: v => num(v, 3)}},
        series: groups.map((g, i) => ({type: 'scatter', name: t('voice.q.' + g), symbolSize: 14, itemStyle: {color: colours[g]},
          label: {show: true, position: 'right', formatter: p => p.data[2]},
          data: m.drivers.filter(d => d.quadrant === g).map(d => [d.performance, d.importance, d.name]),
          markLine: i === 0 ? {silent: true, symbol: 'none', lineStyle: {type: 'dashed', color: '#7b8794'},
            data: [{xAxis: m.performance_mean}, {yAxis: m.importance_mean}]} : undefined}))}, m.drivers.length);
    };
    const matrixView = (m) => [matrixChart(m), el('p', {class: 'muted', i18n: 'voice.quadrants'}), el('p', {class: 'muted', i18n: 'voice.unclear'}),
      el('div', {class: 'card scroll', id: 'voice-drivers', style: 'min-width: 0'}, table(m.drivers.map(d => Object.assign({}, d, {quadrant: t('voice.q.' + d.quadrant),
        quadrant_key: d.quadrant})), ['name', 'importance', 'low', 'high', 'performance', 'performance_low', 'performance_high', 'quadrant'],
        {performance_low: v => v === null || v === undefined ? '–' : num(v, 4), performance_high: v => v === null || v === undefined ? '–' : num(v, 4)}))];
    const holder = el('div', {id: 'voice-matrix', style: 'min-width: 0'}, matrixView(matrices[0]));
    const select = el('select', {id: 'voice-matrix-select', style: 'max-width: 100%', onchange: () => {
      holder.querySelectorAll('.chart').forEach(c => { const i = echarts.getInstanceByDom(c); if (i) i.dispose(); });
      holder.replaceChildren(...matrixView(matrices[Number(select.value)]));
    }}, matrices.map((m, i) => el('option', {value: String(i), text: m.survey + ' · ' + m.outcome + ' · ' + t('voice.kind.' + m.kind)})));
    out.push(el('label', {}, el('span', {i18n: 'voice.matrix'}), ' ', select), holder);
    return out;
  }
});

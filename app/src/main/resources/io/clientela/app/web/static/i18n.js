'use strict';
/* The dashboard's four languages. Numbers and dates are formatted with Intl for the chosen locale. */
const I18N = (function () {
  const LOCALES = {en: 'en-US', es: 'es-ES', zh: 'zh-CN', hu: 'hu-HU'};
  const D = {
    en: {
      'lang': 'Language', 'login.username': 'User name', 'login.password': 'Password', 'login.submit': 'Sign in',
      'login.failed': 'Sign-in failed', 'login.limited': 'Too many failed attempts, wait and try again', 'logout': 'Sign out',
      'nav.overview': 'Overview', 'nav.customers': 'Customers', 'nav.rfm': 'RFM', 'nav.abc': 'ABC', 'nav.quadrant': 'Satisfaction × revenue',
      'nav.clv': 'Lifetime value', 'nav.cohorts': 'Cohorts', 'nav.segments': 'Segment builder',
      'f.from': 'From', 'f.to': 'To', 'f.country': 'Country', 'f.region': 'Region', 'f.channel': 'Channel', 'f.segment': 'Segment', 'f.all': 'All',
      'kpi.revenue': 'Revenue', 'kpi.orders': 'Orders', 'kpi.active': 'Active customers', 'kpi.atrisk': 'At-risk customers', 'kpi.customers': 'Customers',
      'overview.title': 'Overview', 'overview.monthly': 'Revenue per month', 'customers.title': 'Customer 360', 'customers.search': 'Search name, e-mail, id',
      'customers.go': 'Search', 'rfm.title': 'RFM grid: recency score × frequency score', 'rfm.segments': 'RFM segments',
      'abc.title': 'ABC classes and the Pareto curve', 'quadrant.title': 'Satisfaction × revenue', 'clv.title': 'Lifetime value distribution',
      'cohorts.title': 'Cohort retention', 'segments.title': 'Segment builder', 'segments.count': 'Count', 'segments.export': 'Export campaign list (CSV)',
      'segments.matching': 'Matching customers', 'segments.email': 'May be e-mailed', 'segments.sms': 'May be sent SMS', 'segments.contact': 'Contact by',
      'segments.minclv': 'Minimum CLV', 'segments.minalive': 'Minimum P(alive)', 'denied': 'Your role may not open this page.',
      'col.customer_id': 'Customer', 'col.name': 'Name', 'col.email': 'E-mail', 'col.country': 'Country', 'col.segment': 'Segment', 'col.abc': 'ABC',
      'col.quadrant': 'Quadrant', 'col.revenue': 'Revenue', 'col.clv': 'CLV', 'col.orders': 'Orders', 'col.customers': 'Customers', 'col.avg_clv': 'Average CLV',
      'col.occurred_at': 'When', 'col.kind': 'What', 'col.source': 'Source', 'col.detail': 'Detail', 'c.profile': 'Profile', 'c.value': 'Value',
      'c.timeline': 'Timeline', 'c.figures': 'Figures', 'c.export': 'Export all data (JSON)', 'c.erase': 'Erase customer', 'c.erased': 'Customer erased',
      'c.confirm': 'Erase this customer from every table? This cannot be undone.', 'prev': 'Previous', 'next': 'Next', 'of': 'of',
      'months_since': 'Months since first purchase', 'cohort': 'Cohort', 'share.customers': 'Share of customers', 'share.revenue': 'Share of revenue',
      'satisfaction': 'Satisfaction', 'nodata': 'No data yet: run ./clientela analyze value'
    },
    es: {
      'lang': 'Idioma', 'login.username': 'Usuario', 'login.password': 'Contraseña', 'login.submit': 'Entrar',
      'login.failed': 'No se pudo entrar', 'login.limited': 'Demasiados intentos fallidos, espere e inténtelo de nuevo', 'logout': 'Salir',
      'nav.overview': 'Resumen', 'nav.customers': 'Clientes', 'nav.rfm': 'RFM', 'nav.abc': 'ABC', 'nav.quadrant': 'Satisfacción × ingresos',
      'nav.clv': 'Valor de vida', 'nav.cohorts': 'Cohortes', 'nav.segments': 'Constructor de segmentos',
      'f.from': 'Desde', 'f.to': 'Hasta', 'f.country': 'País', 'f.region': 'Región', 'f.channel': 'Canal', 'f.segment': 'Segmento', 'f.all': 'Todos',
      'kpi.revenue': 'Ingresos', 'kpi.orders': 'Pedidos', 'kpi.active': 'Clientes activos', 'kpi.atrisk': 'Clientes en riesgo', 'kpi.customers': 'Clientes',
      'overview.title': 'Resumen', 'overview.monthly': 'Ingresos por mes', 'customers.title': 'Cliente 360', 'customers.search': 'Buscar nombre, correo, id',
      'customers.go': 'Buscar', 'rfm.title': 'Cuadrícula RFM: recencia × frecuencia', 'rfm.segments': 'Segmentos RFM',
      'abc.title': 'Clases ABC y curva de Pareto', 'quadrant.title': 'Satisfacción × ingresos', 'clv.title': 'Distribución del valor de vida',
      'cohorts.title': 'Retención por cohorte', 'segments.title': 'Constructor de segmentos', 'segments.count': 'Contar', 'segments.export': 'Exportar lista de campaña (CSV)',
      'segments.matching': 'Clientes que cumplen', 'segments.email': 'Admiten correo', 'segments.sms': 'Admiten SMS', 'segments.contact': 'Contactar por',
      'segments.minclv': 'CLV mínimo', 'segments.minalive': 'P(activo) mínima', 'denied': 'Su rol no puede abrir esta página.',
      'col.customer_id': 'Cliente', 'col.name': 'Nombre', 'col.email': 'Correo', 'col.country': 'País', 'col.segment': 'Segmento', 'col.abc': 'ABC',
      'col.quadrant': 'Cuadrante', 'col.revenue': 'Ingresos', 'col.clv': 'CLV', 'col.orders': 'Pedidos', 'col.customers': 'Clientes', 'col.avg_clv': 'CLV medio',
      'col.occurred_at': 'Cuándo', 'col.kind': 'Qué', 'col.source': 'Fuente', 'col.detail': 'Detalle', 'c.profile': 'Perfil', 'c.value': 'Valor',
      'c.timeline': 'Cronología', 'c.figures': 'Cifras', 'c.export': 'Exportar todos los datos (JSON)', 'c.erase': 'Borrar cliente', 'c.erased': 'Cliente borrado',
      'c.confirm': '¿Borrar este cliente de todas las tablas? No se puede deshacer.', 'prev': 'Anterior', 'next': 'Siguiente', 'of': 'de',
      'months_since': 'Meses desde la primera compra', 'cohort': 'Cohorte', 'share.customers': 'Proporción de clientes', 'share.revenue': 'Proporción de ingresos',
      'satisfaction': 'Satisfacción', 'nodata': 'Aún no hay datos: ejecute ./clientela analyze value'
    },
    zh: {
      'lang': '语言', 'login.username': '用户名', 'login.password': '密码', 'login.submit': '登录',
      'login.failed': '登录失败', 'login.limited': '失败次数过多，请稍后再试', 'logout': '退出',
      'nav.overview': '概览', 'nav.customers': '客户', 'nav.rfm': 'RFM', 'nav.abc': 'ABC', 'nav.quadrant': '满意度 × 收入',
      'nav.clv': '客户终身价值', 'nav.cohorts': '同期群', 'nav.segments': '细分构建器',
      'f.from': '开始', 'f.to': '结束', 'f.country': '国家', 'f.region': '地区', 'f.channel': '渠道', 'f.segment': '细分', 'f.all': '全部',
      'kpi.revenue': '收入', 'kpi.orders': '订单', 'kpi.active': '活跃客户', 'kpi.atrisk': '有流失风险的客户', 'kpi.customers': '客户',
      'overview.title': '概览', 'overview.monthly': '每月收入', 'customers.title': '客户 360', 'customers.search': '搜索姓名、邮箱、编号',
      'customers.go': '搜索', 'rfm.title': 'RFM 网格：最近度 × 频率', 'rfm.segments': 'RFM 细分',
      'abc.title': 'ABC 分类与帕累托曲线', 'quadrant.title': '满意度 × 收入', 'clv.title': '终身价值分布',
      'cohorts.title': '同期群留存', 'segments.title': '细分构建器', 'segments.count': '计数', 'segments.export': '导出营销名单 (CSV)',
      'segments.matching': '符合条件的客户', 'segments.email': '可发邮件', 'segments.sms': '可发短信', 'segments.contact': '联系方式',
      'segments.minclv': '最低 CLV', 'segments.minalive': '最低存活概率', 'denied': '您的角色无权打开此页面。',
      'col.customer_id': '客户', 'col.name': '姓名', 'col.email': '邮箱', 'col.country': '国家', 'col.segment': '细分', 'col.abc': 'ABC',
      'col.quadrant': '象限', 'col.revenue': '收入', 'col.clv': 'CLV', 'col.orders': '订单', 'col.customers': '客户', 'col.avg_clv': '平均 CLV',
      'col.occurred_at': '时间', 'col.kind': '类型', 'col.source': '来源', 'col.detail': '详情', 'c.profile': '资料', 'c.value': '价值',
      'c.timeline': '时间线', 'c.figures': '数据', 'c.export': '导出全部数据 (JSON)', 'c.erase': '删除客户', 'c.erased': '客户已删除',
      'c.confirm': '从所有表中删除该客户？此操作无法撤销。', 'prev': '上一页', 'next': '下一页', 'of': '/',
      'months_since': '首次购买后的月数', 'cohort': '同期群', 'share.customers': '客户占比', 'share.revenue': '收入占比',
      'satisfaction': '满意度', 'nodata': '暂无数据：请运行 ./clientela analyze value'
    },
    hu: {
      'lang': 'Nyelv', 'login.username': 'Felhasználónév', 'login.password': 'Jelszó', 'login.submit': 'Belépés',
      'login.failed': 'Sikertelen belépés', 'login.limited': 'Túl sok sikertelen próbálkozás, várjon, majd próbálja újra', 'logout': 'Kilépés',
      'nav.overview': 'Áttekintés', 'nav.customers': 'Ügyfelek', 'nav.rfm': 'RFM', 'nav.abc': 'ABC', 'nav.quadrant': 'Elégedettség × bevétel',
      'nav.clv': 'Élettartam-érték', 'nav.cohorts': 'Kohorszok', 'nav.segments': 'Szegmensépítő',
      'f.from': 'Ettől', 'f.to': 'Eddig', 'f.country': 'Ország', 'f.region': 'Régió', 'f.channel': 'Csatorna', 'f.segment': 'Szegmens', 'f.all': 'Mind',
      'kpi.revenue': 'Bevétel', 'kpi.orders': 'Rendelések', 'kpi.active': 'Aktív ügyfelek', 'kpi.atrisk': 'Veszélyeztetett ügyfelek', 'kpi.customers': 'Ügyfelek',
      'overview.title': 'Áttekintés', 'overview.monthly': 'Havi bevétel', 'customers.title': 'Ügyfél 360', 'customers.search': 'Név, e-mail, azonosító keresése',
      'customers.go': 'Keresés', 'rfm.title': 'RFM rács: frissesség × gyakoriság', 'rfm.segments': 'RFM szegmensek',
      'abc.title': 'ABC osztályok és Pareto-görbe', 'quadrant.title': 'Elégedettség × bevétel', 'clv.title': 'Élettartam-érték eloszlása',
      'cohorts.title': 'Kohorszok megtartása', 'segments.title': 'Szegmensépítő', 'segments.count': 'Számlálás', 'segments.export': 'Kampánylista exportálása (CSV)',
      'segments.matching': 'Megfelelő ügyfelek', 'segments.email': 'E-mailben kereshető', 'segments.sms': 'SMS-ben kereshető', 'segments.contact': 'Kapcsolat módja',
      'segments.minclv': 'Minimális CLV', 'segments.minalive': 'Minimális P(aktív)', 'denied': 'Az Ön szerepköre nem nyithatja meg ezt az oldalt.',
      'col.customer_id': 'Ügyfél', 'col.name': 'Név', 'col.email': 'E-mail', 'col.country': 'Ország', 'col.segment': 'Szegmens', 'col.abc': 'ABC',
      'col.quadrant': 'Kvadráns', 'col.revenue': 'Bevétel', 'col.clv': 'CLV', 'col.orders': 'Rendelések', 'col.customers': 'Ügyfelek', 'col.avg_clv': 'Átlagos CLV',
      'col.occurred_at': 'Mikor', 'col.kind': 'Mi', 'col.source': 'Forrás', 'col.detail': 'Részletek', 'c.profile': 'Profil', 'c.value': 'Érték',
      'c.timeline': 'Idővonal', 'c.figures': 'Számok', 'c.export': 'Minden adat exportálása (JSON)', 'c.erase': 'Ügyfél törlése', 'c.erased': 'Ügyfél törölve',
      'c.confirm': 'Törli ezt az ügyfelet minden táblából? Nem vonható vissza.', 'prev': 'Előző', 'next': 'Következő', 'of': '/',
      'months_since': 'Hónapok az első vásárlás óta', 'cohort': 'Kohorsz', 'share.customers': 'Ügyfelek aránya', 'share.revenue': 'Bevétel aránya',
      'satisfaction': 'Elégedettség', 'nodata': 'Még nincs adat: futtassa a ./clientela analyze value parancsot'
    }
  };
  function lang() {
    const l = localStorage.getItem('clientela.lang') || (navigator.language || 'en').slice(0, 2);
    return D[l] ? l : 'en';
  }
  function setLang(l) { localStorage.setItem('clientela.lang', D[l] ? l : 'en'); document.documentElement.lang = lang(); }
  function t(key) { return D[lang()][key] || D.en[key] || key; }
  function locale() { return LOCALES[lang()]; }
  function num(v, digits) {
    if (v === null || v === undefined || v === '') return '';
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: digits === undefined ? 2 : digits}).format(v);
  }
  function money(v, currency) {
    if (v === null || v === undefined) return '';
    return currency ? new Intl.NumberFormat(locale(), {style: 'currency', currency: currency, maximumFractionDigits: 0}).format(v) : num(v, 0);
  }
  function date(v) {
    if (!v) return '';
    const d = new Date(String(v).length <= 10 ? v + 'T00:00:00Z' : String(v).replace(' ', 'T') + (String(v).endsWith('Z') ? '' : 'Z'));
    if (isNaN(d)) return String(v);
    const opts = String(v).length <= 10 ? {dateStyle: 'medium', timeZone: 'UTC'} : {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'};
    return new Intl.DateTimeFormat(locale(), opts).format(d);
  }
  function apply(root) {
    document.documentElement.lang = lang();
    root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.getAttribute('data-i18n')); });
  }
  return {lang, setLang, t, num, money, date, apply, locale};
})();

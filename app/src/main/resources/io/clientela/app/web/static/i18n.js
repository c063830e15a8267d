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
  /* Inbox: alerts and cases for agents */
  Object.assign(D.en, {
    'prio.urgent': 'urgent', 'prio.high': 'high', 'prio.normal': 'normal', 'prio.low': 'low', 'alert.new': 'new', 'alert.delivering': 'sending', 'alert.delivered': 'delivered', 'alert.failed': 'delivery failed',
    'col.outcome': 'Outcome', 'col.opened_at': 'Opened', 'col.first_contact_at': 'First contact', 'col.rule_id': 'Rule',
    'nav.inbox': 'Inbox', 'inbox.title': 'Inbox', 'inbox.cases': 'Open cases', 'inbox.alerts': 'Alerts', 'inbox.none': 'Nothing here.',
    'inbox.overdue': 'overdue', 'case.title': 'Case', 'case.assign_me': 'Assign to me', 'case.start': 'Start', 'case.add_note': 'Add note',
    'case.note': 'Note', 'case.resolve': 'Resolve', 'case.outcome': 'Outcome', 'case.close': 'Close', 'case.notes': 'Notes',
    'case.history': 'History', 'case.source': 'Opened by', 'case.customer': 'Customer 360', 'case.details': 'Details',
    'col.case_id': 'Case', 'col.priority': 'Priority', 'col.status': 'Status', 'col.owner': 'Owner', 'col.title': 'Title', 'col.due_at': 'Due',
    'col.alert_id': 'Alert', 'col.created_at': 'Raised', 'col.routed_to': 'Routed to', 'col.failed_deliveries': 'Failed deliveries',
    'col.changed_at': 'When', 'col.from_status': 'From', 'col.to_status': 'To', 'col.actor': 'By', 'col.noted_at': 'When', 'col.author': 'Author',
    'col.text': 'Text', 'status.open': 'open', 'status.assigned': 'assigned', 'status.in_progress': 'in progress', 'status.resolved': 'resolved',
    'status.closed': 'closed', 'outcome.recovered': 'recovered', 'outcome.lost': 'lost', 'outcome.no_action_needed': 'no action needed',
    'outcome.unreachable': 'unreachable', 'outcome.other': 'other'
  });
  Object.assign(D.es, {
    'prio.urgent': 'urgente', 'prio.high': 'alta', 'prio.normal': 'normal', 'prio.low': 'baja', 'alert.new': 'nueva', 'alert.delivering': 'enviando', 'alert.delivered': 'entregada', 'alert.failed': 'envío fallido',
    'col.outcome': 'Resultado', 'col.opened_at': 'Abierto', 'col.first_contact_at': 'Primer contacto', 'col.rule_id': 'Regla',
    'nav.inbox': 'Bandeja', 'inbox.title': 'Bandeja de entrada', 'inbox.cases': 'Casos abiertos', 'inbox.alerts': 'Alertas', 'inbox.none': 'No hay nada.',
    'inbox.overdue': 'vencido', 'case.title': 'Caso', 'case.assign_me': 'Asignármelo', 'case.start': 'Empezar', 'case.add_note': 'Añadir nota',
    'case.note': 'Nota', 'case.resolve': 'Resolver', 'case.outcome': 'Resultado', 'case.close': 'Cerrar', 'case.notes': 'Notas',
    'case.history': 'Historial', 'case.source': 'Abierto por', 'case.customer': 'Cliente 360', 'case.details': 'Detalles',
    'col.case_id': 'Caso', 'col.priority': 'Prioridad', 'col.status': 'Estado', 'col.owner': 'Responsable', 'col.title': 'Título', 'col.due_at': 'Vence',
    'col.alert_id': 'Alerta', 'col.created_at': 'Creada', 'col.routed_to': 'Enviada a', 'col.failed_deliveries': 'Envíos fallidos',
    'col.changed_at': 'Cuándo', 'col.from_status': 'De', 'col.to_status': 'A', 'col.actor': 'Por', 'col.noted_at': 'Cuándo', 'col.author': 'Autor',
    'col.text': 'Texto', 'status.open': 'abierto', 'status.assigned': 'asignado', 'status.in_progress': 'en curso', 'status.resolved': 'resuelto',
    'status.closed': 'cerrado', 'outcome.recovered': 'recuperado', 'outcome.lost': 'perdido', 'outcome.no_action_needed': 'sin acción necesaria',
    'outcome.unreachable': 'ilocalizable', 'outcome.other': 'otro'
  });
  Object.assign(D.zh, {
    'prio.urgent': '紧急', 'prio.high': '高', 'prio.normal': '普通', 'prio.low': '低', 'alert.new': '新', 'alert.delivering': '发送中', 'alert.delivered': '已送达', 'alert.failed': '发送失败',
    'col.outcome': '结果', 'col.opened_at': '创建时间', 'col.first_contact_at': '首次联系', 'col.rule_id': '规则',
    'nav.inbox': '收件箱', 'inbox.title': '收件箱', 'inbox.cases': '未结案件', 'inbox.alerts': '警报', 'inbox.none': '暂无内容。',
    'inbox.overdue': '已逾期', 'case.title': '案件', 'case.assign_me': '分配给我', 'case.start': '开始处理', 'case.add_note': '添加备注',
    'case.note': '备注', 'case.resolve': '解决', 'case.outcome': '结果', 'case.close': '关闭', 'case.notes': '备注',
    'case.history': '历史', 'case.source': '起因', 'case.customer': '客户 360', 'case.details': '详情',
    'col.case_id': '案件', 'col.priority': '优先级', 'col.status': '状态', 'col.owner': '负责人', 'col.title': '标题', 'col.due_at': '截止',
    'col.alert_id': '警报', 'col.created_at': '产生时间', 'col.routed_to': '发送给', 'col.failed_deliveries': '发送失败',
    'col.changed_at': '时间', 'col.from_status': '从', 'col.to_status': '到', 'col.actor': '操作人', 'col.noted_at': '时间', 'col.author': '作者',
    'col.text': '内容', 'status.open': '未分配', 'status.assigned': '已分配', 'status.in_progress': '处理中', 'status.resolved': '已解决',
    'status.closed': '已关闭', 'outcome.recovered': '已挽回', 'outcome.lost': '已流失', 'outcome.no_action_needed': '无需处理',
    'outcome.unreachable': '无法联系', 'outcome.other': '其他'
  });
  Object.assign(D.hu, {
    'prio.urgent': 'sürgős', 'prio.high': 'magas', 'prio.normal': 'normál', 'prio.low': 'alacsony', 'alert.new': 'új', 'alert.delivering': 'kézbesítés alatt', 'alert.delivered': 'kézbesítve', 'alert.failed': 'kézbesítés sikertelen',
    'col.outcome': 'Eredmény', 'col.opened_at': 'Megnyitva', 'col.first_contact_at': 'Első kapcsolat', 'col.rule_id': 'Szabály',
    'nav.inbox': 'Beérkezett', 'inbox.title': 'Beérkezett ügyek', 'inbox.cases': 'Nyitott esetek', 'inbox.alerts': 'Riasztások', 'inbox.none': 'Nincs semmi.',
    'inbox.overdue': 'lejárt', 'case.title': 'Eset', 'case.assign_me': 'Magamhoz veszem', 'case.start': 'Megkezdés', 'case.add_note': 'Megjegyzés hozzáadása',
    'case.note': 'Megjegyzés', 'case.resolve': 'Megoldás', 'case.outcome': 'Eredmény', 'case.close': 'Lezárás', 'case.notes': 'Megjegyzések',
    'case.history': 'Előzmények', 'case.source': 'Kiváltó ok', 'case.customer': 'Ügyfél 360', 'case.details': 'Részletek',
    'col.case_id': 'Eset', 'col.priority': 'Prioritás', 'col.status': 'Állapot', 'col.owner': 'Felelős', 'col.title': 'Cím', 'col.due_at': 'Határidő',
    'col.alert_id': 'Riasztás', 'col.created_at': 'Keletkezett', 'col.routed_to': 'Címzett', 'col.failed_deliveries': 'Sikertelen kézbesítés',
    'col.changed_at': 'Mikor', 'col.from_status': 'Ebből', 'col.to_status': 'Ebbe', 'col.actor': 'Ki', 'col.noted_at': 'Mikor', 'col.author': 'Szerző',
    'col.text': 'Szöveg', 'status.open': 'nyitott', 'status.assigned': 'kiosztva', 'status.in_progress': 'folyamatban', 'status.resolved': 'megoldva',
    'status.closed': 'lezárva', 'outcome.recovered': 'visszanyerve', 'outcome.lost': 'elveszett', 'outcome.no_action_needed': 'nem kell tenni semmit',
    'outcome.unreachable': 'elérhetetlen', 'outcome.other': 'egyéb'
  });
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

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
      'kpi.revenue': 'Revenue', 'kpi.orders': 'Orders', 'kpi.active': 'Active customers', 'kpi.atrisk': 'At-risk customers', 'kpi.nps': 'NPS', 'kpi.opencases': 'Open cases', 'kpi.customers': 'Customers',
      'overview.title': 'Overview', 'overview.monthly': 'Revenue per month', 'customers.title': 'Customer 360', 'customers.search': 'Search name, e-mail, id',
      'customers.go': 'Search', 'rfm.title': 'RFM grid: recency score × frequency score', 'rfm.segments': 'RFM segments',
      'abc.title': 'ABC classes and the Pareto curve', 'quadrant.title': 'Satisfaction × revenue', 'clv.title': 'Lifetime value distribution',
      'cohorts.title': 'Cohort retention', 'segments.title': 'Segment builder', 'segments.count': 'Count', 'segments.export': 'Export campaign list (CSV)',
      'suppressed': 'fewer than {n} customers: withheld', 'segments.matching': 'Matching customers', 'segments.email': 'May be e-mailed', 'segments.sms': 'May be sent SMS', 'segments.contact': 'Contact by',
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
      'kpi.revenue': 'Ingresos', 'kpi.orders': 'Pedidos', 'kpi.active': 'Clientes activos', 'kpi.atrisk': 'Clientes en riesgo', 'kpi.nps': 'NPS', 'kpi.opencases': 'Casos abiertos', 'kpi.customers': 'Clientes',
      'overview.title': 'Resumen', 'overview.monthly': 'Ingresos por mes', 'customers.title': 'Cliente 360', 'customers.search': 'Buscar nombre, correo, id',
      'customers.go': 'Buscar', 'rfm.title': 'Cuadrícula RFM: recencia × frecuencia', 'rfm.segments': 'Segmentos RFM',
      'abc.title': 'Clases ABC y curva de Pareto', 'quadrant.title': 'Satisfacción × ingresos', 'clv.title': 'Distribución del valor de vida',
      'cohorts.title': 'Retención por cohorte', 'segments.title': 'Constructor de segmentos', 'segments.count': 'Contar', 'segments.export': 'Exportar lista de campaña (CSV)',
      'suppressed': 'menos de {n} clientes: no se muestra', 'segments.matching': 'Clientes que cumplen', 'segments.email': 'Admiten correo', 'segments.sms': 'Admiten SMS', 'segments.contact': 'Contactar por',
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
      'kpi.revenue': '收入', 'kpi.orders': '订单', 'kpi.active': '活跃客户', 'kpi.atrisk': '有流失风险的客户', 'kpi.nps': '净推荐值 (NPS)', 'kpi.opencases': '未结案例', 'kpi.customers': '客户',
      'overview.title': '概览', 'overview.monthly': '每月收入', 'customers.title': '客户 360', 'customers.search': '搜索姓名、邮箱、编号',
      'customers.go': '搜索', 'rfm.title': 'RFM 网格：最近度 × 频率', 'rfm.segments': 'RFM 细分',
      'abc.title': 'ABC 分类与帕累托曲线', 'quadrant.title': '满意度 × 收入', 'clv.title': '终身价值分布',
      'cohorts.title': '同期群留存', 'segments.title': '细分构建器', 'segments.count': '计数', 'segments.export': '导出营销名单 (CSV)',
      'suppressed': '少于 {n} 位客户：不予显示', 'segments.matching': '符合条件的客户', 'segments.email': '可发邮件', 'segments.sms': '可发短信', 'segments.contact': '联系方式',
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
      'kpi.revenue': 'Bevétel', 'kpi.orders': 'Rendelések', 'kpi.active': 'Aktív ügyfelek', 'kpi.atrisk': 'Veszélyeztetett ügyfelek', 'kpi.nps': 'NPS', 'kpi.opencases': 'Nyitott ügyek', 'kpi.customers': 'Ügyfelek',
      'overview.title': 'Áttekintés', 'overview.monthly': 'Havi bevétel', 'customers.title': 'Ügyfél 360', 'customers.search': 'Név, e-mail, azonosító keresése',
      'customers.go': 'Keresés', 'rfm.title': 'RFM rács: frissesség × gyakoriság', 'rfm.segments': 'RFM szegmensek',
      'abc.title': 'ABC osztályok és Pareto-görbe', 'quadrant.title': 'Elégedettség × bevétel', 'clv.title': 'Élettartam-érték eloszlása',
      'cohorts.title': 'Kohorszok megtartása', 'segments.title': 'Szegmensépítő', 'segments.count': 'Számlálás', 'segments.export': 'Kampánylista exportálása (CSV)',
      'suppressed': 'kevesebb mint {n} ügyfél: nem látható', 'segments.matching': 'Megfelelő ügyfelek', 'segments.email': 'E-mailben kereshető', 'segments.sms': 'SMS-ben kereshető', 'segments.contact': 'Kapcsolat módja',
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
  /* The voice page (issue #6). */
  Object.assign(D.en, {
    'nav.voice': 'Voice', 'voice.title': 'Voice of the customer', 'voice.run': 'Voice run', 'voice.responses': 'responses',
    'voice.none': 'No voice analysis has run yet: run ./clientela analyze voice to see sentiment, terms, themes and key drivers.',
    'voice.nofeedback': 'No feedback in this workspace yet: import surveys or reviews, then run ./clientela analyze voice.',
    'voice.nps': 'NPS', 'voice.csat': 'CSAT', 'voice.ces': 'CES', 'voice.answers': 'Answers', 'voice.npstrend': 'NPS per month: promoters, passives, detractors',
    'voice.promoters': 'Promoters (9-10)', 'voice.passives': 'Passives (7-8)', 'voice.detractors': 'Detractors (0-6)',
    'voice.significant': 'Larger red points: NPS changed significantly from the month before (5 % level).', 'voice.csatces': 'CSAT (% satisfied) and CES (1-7) per month',
    'voice.sentiment': 'Sentiment over time', 'voice.mean': 'Mean sentiment', 'voice.negative': 'Share negative', 'voice.alllangs': 'All languages',
    'voice.notexts': 'No responses with text in this selection.', 'voice.terms': 'Most frequent terms', 'voice.notapplied': 'Not filtered by',
    'voice.approx': 'For a period, terms are summed from each month\'s 50 most frequent ones.', 'voice.noterms': 'No terms in this selection.',
    'voice.emerging': 'Terms emerging in the last month', 'voice.noemerging': 'No term rose significantly in the last month.',
    'voice.themes': 'Themes', 'voice.nothemes': 'No themes mentioned in this selection.', 'voice.candidates': 'Candidate themes: frequent phrases no theme covers',
    'voice.drivers': 'Key-driver matrix: importance × performance', 'voice.nodrivers': 'Not enough rated responses for a key-driver analysis.',
    'voice.kind.ratings': 'ratings', 'voice.kind.themes': 'themes', 'voice.performance': 'Performance', 'voice.importance': 'Importance', 'voice.matrix': 'Matrix',
    'voice.q.fix first': 'Fix first', 'voice.q.keep up': 'Keep up', 'voice.q.monitor': 'Monitor', 'voice.q.maintain': 'Maintain',
    'voice.quadrants': 'Dashed lines: the drivers\' mean importance and mean performance. Fix first what matters more than average and performs below it.',
    'lang.en': 'English', 'lang.es': 'Spanish', 'lang.zh': 'Chinese', 'lang.hu': 'Hungarian', 'lang.unknown': 'Unknown language',
    'f.abc': 'ABC class', 'f.quadrant': 'Quadrant', 'f.period': 'Period',
    'col.term': 'Term', 'col.responses': 'Responses', 'col.theme': 'Theme', 'col.share_of_texts': 'Share of texts', 'col.mean_sentiment': 'Mean sentiment',
    'col.share_negative': 'Share negative', 'col.nps_of_these': 'NPS of these', 'col.phrase': 'Phrase', 'col.language': 'Language', 'col.before': 'Month before',
    'col.after': 'Last month', 'col.lift': 'Lift', 'col.p_adjusted': 'p (adjusted)', 'col.month': 'Month', 'col.importance': 'Importance',
    'col.low': 'Low (95 %)', 'col.high': 'High (95 %)', 'col.performance': 'Performance'
  });
  Object.assign(D.es, {
    'nav.voice': 'Voz', 'voice.title': 'Voz del cliente', 'voice.run': 'Análisis de voz', 'voice.responses': 'respuestas',
    'voice.none': 'Aún no se ha hecho ningún análisis de voz: ejecute ./clientela analyze voice para ver sentimiento, términos, temas e impulsores.',
    'voice.nofeedback': 'Aún no hay opiniones en este espacio: importe encuestas o reseñas y ejecute ./clientela analyze voice.',
    'voice.nps': 'NPS', 'voice.csat': 'CSAT', 'voice.ces': 'CES', 'voice.answers': 'Respuestas', 'voice.npstrend': 'NPS por mes: promotores, pasivos, detractores',
    'voice.promoters': 'Promotores (9-10)', 'voice.passives': 'Pasivos (7-8)', 'voice.detractors': 'Detractores (0-6)',
    'voice.significant': 'Puntos rojos grandes: el NPS cambió de forma significativa respecto al mes anterior (nivel del 5 %).',
    'voice.csatces': 'CSAT (% satisfechos) y CES (1-7) por mes',
    'voice.sentiment': 'Sentimiento a lo largo del tiempo', 'voice.mean': 'Sentimiento medio', 'voice.negative': 'Proporción negativa', 'voice.alllangs': 'Todos los idiomas',
    'voice.notexts': 'No hay respuestas con texto en esta selección.', 'voice.terms': 'Términos más frecuentes', 'voice.notapplied': 'Sin filtrar por',
    'voice.approx': 'Para un periodo, los términos se suman a partir de los 50 más frecuentes de cada mes.', 'voice.noterms': 'No hay términos en esta selección.',
    'voice.emerging': 'Términos emergentes en el último mes', 'voice.noemerging': 'Ningún término subió de forma significativa en el último mes.',
    'voice.themes': 'Temas', 'voice.nothemes': 'Ningún tema mencionado en esta selección.', 'voice.candidates': 'Temas candidatos: frases frecuentes que ningún tema cubre',
    'voice.drivers': 'Matriz de impulsores: importancia × desempeño', 'voice.nodrivers': 'No hay suficientes respuestas valoradas para un análisis de impulsores.',
    'voice.kind.ratings': 'valoraciones', 'voice.kind.themes': 'temas', 'voice.performance': 'Desempeño', 'voice.importance': 'Importancia', 'voice.matrix': 'Matriz',
    'voice.q.fix first': 'Corregir primero', 'voice.q.keep up': 'Mantener el nivel', 'voice.q.monitor': 'Vigilar', 'voice.q.maintain': 'Conservar',
    'voice.quadrants': 'Líneas discontinuas: importancia media y desempeño medio de los impulsores. Corrija primero lo que importa más que la media y rinde menos.',
    'lang.en': 'Inglés', 'lang.es': 'Español', 'lang.zh': 'Chino', 'lang.hu': 'Húngaro', 'lang.unknown': 'Idioma desconocido',
    'f.abc': 'Clase ABC', 'f.quadrant': 'Cuadrante', 'f.period': 'Periodo',
    'col.term': 'Término', 'col.responses': 'Respuestas', 'col.theme': 'Tema', 'col.share_of_texts': 'Proporción de textos', 'col.mean_sentiment': 'Sentimiento medio',
    'col.share_negative': 'Proporción negativa', 'col.nps_of_these': 'NPS de estas', 'col.phrase': 'Frase', 'col.language': 'Idioma', 'col.before': 'Mes anterior',
    'col.after': 'Último mes', 'col.lift': 'Aumento', 'col.p_adjusted': 'p (ajustado)', 'col.month': 'Mes', 'col.importance': 'Importancia',
    'col.low': 'Mínimo (95 %)', 'col.high': 'Máximo (95 %)', 'col.performance': 'Desempeño'
  });
  Object.assign(D.zh, {
    'nav.voice': '客户之声', 'voice.title': '客户之声', 'voice.run': '客户之声分析', 'voice.responses': '条回复',
    'voice.none': '尚未运行客户之声分析：请运行 ./clientela analyze voice 以查看情感、词语、主题和关键驱动因素。',
    'voice.nofeedback': '此工作区尚无反馈：请导入调查或评论，然后运行 ./clientela analyze voice。',
    'voice.nps': 'NPS', 'voice.csat': 'CSAT', 'voice.ces': 'CES', 'voice.answers': '回答数', 'voice.npstrend': '每月 NPS：推荐者、被动者、贬损者',
    'voice.promoters': '推荐者 (9-10)', 'voice.passives': '被动者 (7-8)', 'voice.detractors': '贬损者 (0-6)',
    'voice.significant': '较大的红点：NPS 与上月相比有显著变化（5% 水平）。', 'voice.csatces': '每月 CSAT（满意率 %）和 CES（1-7）',
    'voice.sentiment': '情感趋势', 'voice.mean': '平均情感', 'voice.negative': '负面占比', 'voice.alllangs': '所有语言',
    'voice.notexts': '此选择中没有带文本的回复。', 'voice.terms': '最常见的词语', 'voice.notapplied': '未按以下条件筛选',
    'voice.approx': '按期间统计时，词语由每月最常见的 50 个词相加得出。', 'voice.noterms': '此选择中没有词语。',
    'voice.emerging': '上个月新兴的词语', 'voice.noemerging': '上个月没有显著上升的词语。',
    'voice.themes': '主题', 'voice.nothemes': '此选择中没有提及任何主题。', 'voice.candidates': '候选主题：未被任何主题覆盖的常见短语',
    'voice.drivers': '关键驱动因素矩阵：重要性 × 表现', 'voice.nodrivers': '评分回复不足，无法进行关键驱动因素分析。',
    'voice.kind.ratings': '评分', 'voice.kind.themes': '主题', 'voice.performance': '表现', 'voice.importance': '重要性', 'voice.matrix': '矩阵',
    'voice.q.fix first': '优先改进', 'voice.q.keep up': '继续保持', 'voice.q.monitor': '观察', 'voice.q.maintain': '维持',
    'voice.quadrants': '虚线：驱动因素的平均重要性和平均表现。优先改进比平均更重要但表现低于平均的因素。',
    'lang.en': '英语', 'lang.es': '西班牙语', 'lang.zh': '中文', 'lang.hu': '匈牙利语', 'lang.unknown': '未知语言',
    'f.abc': 'ABC 分类', 'f.quadrant': '象限', 'f.period': '期间',
    'col.term': '词语', 'col.responses': '回复数', 'col.theme': '主题', 'col.share_of_texts': '文本占比', 'col.mean_sentiment': '平均情感',
    'col.share_negative': '负面占比', 'col.nps_of_these': '这些回复的 NPS', 'col.phrase': '短语', 'col.language': '语言', 'col.before': '前一个月',
    'col.after': '上个月', 'col.lift': '提升', 'col.p_adjusted': 'p（校正后）', 'col.month': '月份', 'col.importance': '重要性',
    'col.low': '下限 (95%)', 'col.high': '上限 (95%)', 'col.performance': '表现'
  });
  Object.assign(D.hu, {
    'nav.voice': 'Vevői hang', 'voice.title': 'A vevők hangja', 'voice.run': 'Hangelemzés', 'voice.responses': 'válasz',
    'voice.none': 'Még nem futott hangelemzés: futtassa a ./clientela analyze voice parancsot a hangulat, a kifejezések, a témák és a fő tényezők megjelenítéséhez.',
    'voice.nofeedback': 'Ebben a munkaterületen még nincs visszajelzés: importáljon felméréseket vagy értékeléseket, majd futtassa a ./clientela analyze voice parancsot.',
    'voice.nps': 'NPS', 'voice.csat': 'CSAT', 'voice.ces': 'CES', 'voice.answers': 'Válaszok', 'voice.npstrend': 'Havi NPS: ajánlók, semlegesek, kritikusok',
    'voice.promoters': 'Ajánlók (9-10)', 'voice.passives': 'Semlegesek (7-8)', 'voice.detractors': 'Kritikusok (0-6)',
    'voice.significant': 'Nagyobb piros pontok: az NPS szignifikánsan változott az előző hónaphoz képest (5 %-os szint).',
    'voice.csatces': 'Havi CSAT (elégedettek %-a) és CES (1-7)',
    'voice.sentiment': 'A hangulat alakulása', 'voice.mean': 'Átlagos hangulat', 'voice.negative': 'Negatívak aránya', 'voice.alllangs': 'Minden nyelv',
    'voice.notexts': 'Ebben a kiválasztásban nincs szöveges válasz.', 'voice.terms': 'Leggyakoribb kifejezések', 'voice.notapplied': 'Nincs szűrve',
    'voice.approx': 'Időszakra a kifejezések a hónapok 50 leggyakoribb kifejezéséből összegződnek.', 'voice.noterms': 'Ebben a kiválasztásban nincsenek kifejezések.',
    'voice.emerging': 'Az utolsó hónapban feltörő kifejezések', 'voice.noemerging': 'Az utolsó hónapban egyetlen kifejezés sem nőtt szignifikánsan.',
    'voice.themes': 'Témák', 'voice.nothemes': 'Ebben a kiválasztásban egyetlen téma sem szerepel.', 'voice.candidates': 'Jelölt témák: gyakori kifejezések, amelyeket egyik téma sem fed le',
    'voice.drivers': 'Fő tényezők mátrixa: fontosság × teljesítmény', 'voice.nodrivers': 'Nincs elég értékelt válasz a fő tényezők elemzéséhez.',
    'voice.kind.ratings': 'értékelések', 'voice.kind.themes': 'témák', 'voice.performance': 'Teljesítmény', 'voice.importance': 'Fontosság', 'voice.matrix': 'Mátrix',
    'voice.q.fix first': 'Először javítandó', 'voice.q.keep up': 'Megtartandó', 'voice.q.monitor': 'Figyelendő', 'voice.q.maintain': 'Fenntartandó',
    'voice.quadrants': 'Szaggatott vonalak: a tényezők átlagos fontossága és átlagos teljesítménye. Először azt javítsa, ami az átlagnál fontosabb és gyengébben teljesít.',
    'lang.en': 'Angol', 'lang.es': 'Spanyol', 'lang.zh': 'Kínai', 'lang.hu': 'Magyar', 'lang.unknown': 'Ismeretlen nyelv',
    'f.abc': 'ABC osztály', 'f.quadrant': 'Kvadráns', 'f.period': 'Időszak',
    'col.term': 'Kifejezés', 'col.responses': 'Válaszok', 'col.theme': 'Téma', 'col.share_of_texts': 'Szövegek aránya', 'col.mean_sentiment': 'Átlagos hangulat',
    'col.share_negative': 'Negatívak aránya', 'col.nps_of_these': 'Ezek NPS-e', 'col.phrase': 'Kifejezés', 'col.language': 'Nyelv', 'col.before': 'Előző hónap',
    'col.after': 'Utolsó hónap', 'col.lift': 'Növekedés', 'col.p_adjusted': 'p (korrigált)', 'col.month': 'Hónap', 'col.importance': 'Fontosság',
    'col.low': 'Alsó (95 %)', 'col.high': 'Felső (95 %)', 'col.performance': 'Teljesítmény'
  });

  /* Administration and analyses run from the dashboard (issue #14). */
  Object.assign(D.en, {
    'nav.admin': 'Administration', 'admin.title': 'Administration', 'admin.users': 'Users', 'admin.keys': 'API keys', 'admin.analyses': 'Analyses',
    'admin.username': 'User name', 'admin.password': 'Password (at least 10 characters)', 'admin.add': 'Add user', 'admin.disable': 'Disable',
    'admin.enable': 'Enable', 'admin.remove': 'Remove', 'admin.confirmremove': 'Remove this user for good? Their sessions end at once:',
    'admin.enabled': 'enabled', 'admin.disabled': 'disabled', 'admin.you': 'you', 'admin.nousers': 'No users yet.',
    'admin.nokeys': 'No API keys yet: create one for a web tracker (write) or a reporting tool (read).', 'admin.keyrole': 'Key role',
    'admin.create': 'Create key', 'admin.revoke': 'Revoke', 'admin.confirmrevoke': 'Revoke this key? Requests with it are refused from now on:',
    'admin.secret': 'Copy this key now: it is shown only this once (the workspace keeps only a hash of it).', 'admin.active': 'active',
    'role.admin': 'admin', 'role.analyst': 'analyst', 'role.agent': 'agent', 'role.viewer': 'viewer',
    'keyrole.write': 'write (send data)', 'keyrole.read': 'read', 'keyrole.admin': 'admin',
    'col.username': 'User', 'col.role': 'Role', 'col.state': 'State', 'col.actions': 'Actions', 'col.key_id': 'Key', 'col.label': 'Label',
    'col.revoked_at': 'Revoked', 'col.added_at': 'Created',
    'run.value': 'Run value analysis', 'run.voice': 'Run voice analysis', 'job.queued': 'Queued', 'job.running': 'Running', 'job.done': 'Finished',
    'job.failed': 'Failed', 'job.step': 'step', 'job.run': 'run'
  });
  Object.assign(D.es, {
    'nav.admin': 'Administración', 'admin.title': 'Administración', 'admin.users': 'Usuarios', 'admin.keys': 'Claves de API', 'admin.analyses': 'Análisis',
    'admin.username': 'Usuario', 'admin.password': 'Contraseña (al menos 10 caracteres)', 'admin.add': 'Añadir usuario', 'admin.disable': 'Desactivar',
    'admin.enable': 'Activar', 'admin.remove': 'Eliminar', 'admin.confirmremove': '¿Eliminar este usuario definitivamente? Sus sesiones terminan al instante:',
    'admin.enabled': 'activo', 'admin.disabled': 'desactivado', 'admin.you': 'usted', 'admin.nousers': 'Aún no hay usuarios.',
    'admin.nokeys': 'Aún no hay claves de API: cree una para un rastreador web (escritura) o una herramienta de informes (lectura).', 'admin.keyrole': 'Rol de la clave',
    'admin.create': 'Crear clave', 'admin.revoke': 'Revocar', 'admin.confirmrevoke': '¿Revocar esta clave? Desde ahora se rechazan las peticiones con ella:',
    'admin.secret': 'Copie esta clave ahora: solo se muestra esta vez (el espacio de trabajo guarda solo un hash).', 'admin.active': 'activa',
    'role.admin': 'administrador', 'role.analyst': 'analista', 'role.agent': 'agente', 'role.viewer': 'lector',
    'keyrole.write': 'escritura (enviar datos)', 'keyrole.read': 'lectura', 'keyrole.admin': 'administración',
    'col.username': 'Usuario', 'col.role': 'Rol', 'col.state': 'Estado', 'col.actions': 'Acciones', 'col.key_id': 'Clave', 'col.label': 'Etiqueta',
    'col.revoked_at': 'Revocada', 'col.added_at': 'Creado',
    'run.value': 'Ejecutar análisis de valor', 'run.voice': 'Ejecutar análisis de voz', 'job.queued': 'En cola', 'job.running': 'En curso',
    'job.done': 'Terminado', 'job.failed': 'Falló', 'job.step': 'paso', 'job.run': 'ejecución'
  });
  Object.assign(D.zh, {
    'nav.admin': '管理', 'admin.title': '管理', 'admin.users': '用户', 'admin.keys': 'API 密钥', 'admin.analyses': '分析',
    'admin.username': '用户名', 'admin.password': '密码（至少 10 个字符）', 'admin.add': '添加用户', 'admin.disable': '停用',
    'admin.enable': '启用', 'admin.remove': '删除', 'admin.confirmremove': '确定永久删除此用户？其会话将立即结束：',
    'admin.enabled': '已启用', 'admin.disabled': '已停用', 'admin.you': '您', 'admin.nousers': '还没有用户。',
    'admin.nokeys': '还没有 API 密钥：可为网页跟踪器（写入）或报表工具（读取）创建一个。', 'admin.keyrole': '密钥角色',
    'admin.create': '创建密钥', 'admin.revoke': '吊销', 'admin.confirmrevoke': '确定吊销此密钥？此后使用它的请求都将被拒绝：',
    'admin.secret': '请立即复制此密钥：它只显示这一次（工作区只保存其哈希值）。', 'admin.active': '有效',
    'role.admin': '管理员', 'role.analyst': '分析师', 'role.agent': '客服', 'role.viewer': '查看者',
    'keyrole.write': '写入（发送数据）', 'keyrole.read': '读取', 'keyrole.admin': '管理',
    'col.username': '用户', 'col.role': '角色', 'col.state': '状态', 'col.actions': '操作', 'col.key_id': '密钥', 'col.label': '标签',
    'col.revoked_at': '吊销时间', 'col.added_at': '创建时间',
    'run.value': '运行价值分析', 'run.voice': '运行客户之声分析', 'job.queued': '排队中', 'job.running': '运行中', 'job.done': '已完成',
    'job.failed': '失败', 'job.step': '步骤', 'job.run': '运行'
  });
  Object.assign(D.hu, {
    'nav.admin': 'Adminisztráció', 'admin.title': 'Adminisztráció', 'admin.users': 'Felhasználók', 'admin.keys': 'API-kulcsok', 'admin.analyses': 'Elemzések',
    'admin.username': 'Felhasználónév', 'admin.password': 'Jelszó (legalább 10 karakter)', 'admin.add': 'Felhasználó hozzáadása', 'admin.disable': 'Letiltás',
    'admin.enable': 'Engedélyezés', 'admin.remove': 'Törlés', 'admin.confirmremove': 'Véglegesen törli ezt a felhasználót? A munkamenetei azonnal véget érnek:',
    'admin.enabled': 'engedélyezve', 'admin.disabled': 'letiltva', 'admin.you': 'Ön', 'admin.nousers': 'Még nincsenek felhasználók.',
    'admin.nokeys': 'Még nincsenek API-kulcsok: hozzon létre egyet webes követőhöz (írás) vagy riporteszközhöz (olvasás).', 'admin.keyrole': 'Kulcs szerepe',
    'admin.create': 'Kulcs létrehozása', 'admin.revoke': 'Visszavonás', 'admin.confirmrevoke': 'Visszavonja ezt a kulcsot? Az ezzel érkező kéréseket mostantól elutasítjuk:',
    'admin.secret': 'Másolja ki most a kulcsot: csak ez egyszer látható (a munkaterület csak a hash-ét őrzi).', 'admin.active': 'érvényes',
    'role.admin': 'adminisztrátor', 'role.analyst': 'elemző', 'role.agent': 'ügyintéző', 'role.viewer': 'megtekintő',
    'keyrole.write': 'írás (adatküldés)', 'keyrole.read': 'olvasás', 'keyrole.admin': 'adminisztráció',
    'col.username': 'Felhasználó', 'col.role': 'Szerep', 'col.state': 'Állapot', 'col.actions': 'Műveletek', 'col.key_id': 'Kulcs', 'col.label': 'Címke',
    'col.revoked_at': 'Visszavonva', 'col.added_at': 'Létrehozva',
    'run.value': 'Értékelemzés futtatása', 'run.voice': 'Ügyfélhang-elemzés futtatása', 'job.queued': 'Sorban áll', 'job.running': 'Fut',
    'job.done': 'Kész', 'job.failed': 'Sikertelen', 'job.step': 'lépés', 'job.run': 'futás'
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
    if (typeof v === 'string') return v; // a count below the minimum group size, such as "<5"
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: digits === undefined ? 2 : digits}).format(v);
  }
  function money(v, currency) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
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
  /* Keys added by a page's own file (i18n-<area>.js): {en: {...}, es: {...}, zh: {...}, hu: {...}}. */
  function add(more) { Object.keys(D).forEach(l => Object.assign(D[l], more[l] || {})); }
  /* Every language's keys, for the test that fails on a key missing in any language. */
  function keys() { const out = {}; Object.keys(D).forEach(l => { out[l] = Object.keys(D[l]); }); return out; }
  return {lang, setLang, t, num, money, date, apply, locale, add, keys};
})();

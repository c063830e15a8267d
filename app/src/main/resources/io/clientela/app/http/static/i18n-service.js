'use strict';
/* Texts of the demo's service story: outbox (issue #15), in the four languages. */
I18N.add({
  en: {
    'nav.outbox': 'Outbox', 'outbox.title': 'Outbox',
    'outbox.intro': 'Alert e-mails the rules wrote. The rule file keeps them here instead of sending them (delivery: outbox: true).',
    'outbox.empty': 'No alert e-mails yet. They appear here when a rule with an e-mail alert fires and the rule file says:',
    'outbox.count': '{shown} of {total} e-mails, newest first', 'outbox.to': 'To', 'outbox.from': 'From', 'outbox.time': 'Time',
    'outbox.status': 'Alert', 'outbox.case': 'Case', 'outbox.newer': '← Newer', 'outbox.older': 'Older →',
    'outbox.status.new': 'new', 'outbox.status.delivering': 'being delivered', 'outbox.status.delivered': 'delivered', 'outbox.status.failed': 'failed'
  },
  es: {
    'nav.outbox': 'Bandeja de salida', 'outbox.title': 'Bandeja de salida',
    'outbox.intro': 'Correos de alerta que escribieron las reglas. El archivo de reglas los guarda aquí en lugar de enviarlos (delivery: outbox: true).',
    'outbox.empty': 'Aún no hay correos de alerta. Aparecen aquí cuando se dispara una regla con alerta por correo y el archivo de reglas indica:',
    'outbox.count': '{shown} de {total} correos, los más recientes primero', 'outbox.to': 'Para', 'outbox.from': 'De', 'outbox.time': 'Hora',
    'outbox.status': 'Alerta', 'outbox.case': 'Caso', 'outbox.newer': '← Más recientes', 'outbox.older': 'Más antiguos →',
    'outbox.status.new': 'nueva', 'outbox.status.delivering': 'en entrega', 'outbox.status.delivered': 'entregada', 'outbox.status.failed': 'fallida'
  },
  zh: {
    'nav.outbox': '发件箱', 'outbox.title': '发件箱',
    'outbox.intro': '规则生成的告警邮件。规则文件将其保存在此处，而不是发送出去（delivery: outbox: true）。',
    'outbox.empty': '还没有告警邮件。当带有邮件告警的规则触发且规则文件中写有以下设置时，邮件会显示在这里：',
    'outbox.count': '共 {total} 封邮件，显示 {shown} 封，最新的在前', 'outbox.to': '收件人', 'outbox.from': '发件人', 'outbox.time': '时间',
    'outbox.status': '告警', 'outbox.case': '工单', 'outbox.newer': '← 较新', 'outbox.older': '较早 →',
    'outbox.status.new': '新建', 'outbox.status.delivering': '投递中', 'outbox.status.delivered': '已投递', 'outbox.status.failed': '失败'
  },
  hu: {
    'nav.outbox': 'Kimenő levelek', 'outbox.title': 'Kimenő levelek',
    'outbox.intro': 'A szabályok által írt riasztó e-mailek. A szabályfájl elküldés helyett itt tárolja őket (delivery: outbox: true).',
    'outbox.empty': 'Még nincs riasztó e-mail. Akkor jelennek meg itt, ha egy e-mailes riasztást küldő szabály teljesül, és a szabályfájlban ez áll:',
    'outbox.count': '{total} e-mailből {shown}, a legújabbak elöl', 'outbox.to': 'Címzett', 'outbox.from': 'Feladó', 'outbox.time': 'Időpont',
    'outbox.status': 'Riasztás', 'outbox.case': 'Ügy', 'outbox.newer': '← Újabbak', 'outbox.older': 'Régebbiek →',
    'outbox.status.new': 'új', 'outbox.status.delivering': 'kézbesítés alatt', 'outbox.status.delivered': 'kézbesítve', 'outbox.status.failed': 'sikertelen'
  }
});

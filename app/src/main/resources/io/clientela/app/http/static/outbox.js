'use strict';
/* the outbox: alert mails the server sent (#outbox); registered in CLIENTELA_PAGES, app.js hands it its helpers. */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {});

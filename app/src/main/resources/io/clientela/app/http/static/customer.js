'use strict';
/* Customer 360 (#customer/<id>); registered in CLIENTELA_PAGES, app.js hands it its helpers. */
window.CLIENTELA_PAGES = Object.assign(window.CLIENTELA_PAGES || {}, {});

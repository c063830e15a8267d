/**
 * The dashboard: static pages and assets (no Node.js at run time; Apache ECharts is bundled) and
 * the security headers they are served with. {@link io.clientela.app.web.Dashboard#install}
 * registers them; {@link io.clientela.app.web.WebServer} starts a server with the dashboard, the
 * login and the REST API, for tests and {@code clientela dashboard}.
 */
package io.clientela.app.web;

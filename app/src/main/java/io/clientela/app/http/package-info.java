/**
 * The HTTP API (Javalin): {@link io.clientela.app.http.ApiServer} wires the routes; controllers do
 * HTTP only (read the request, call a service, write the answer); {@link io.clientela.app.http.Problems}
 * is the one place exceptions become a status and a JSON body {@code {"title","status","detail"}}.
 * Also serves the web tracker ({@code /tracker.js}) and the demo shop page that uses it.
 */
package io.clientela.app.http;

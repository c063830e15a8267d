/**
 * The one HTTP stack (Javalin): {@link io.clientela.app.http.HttpServer} creates the server and
 * wires the routes; {@link io.clientela.app.http.Api} registers the REST endpoints with their roles,
 * audit and OpenAPI document; {@link io.clientela.app.http.Problems} is the one place exceptions
 * become a status and a JSON body {@code {"title","status","detail"}}. Route files do HTTP only:
 * they read and validate the request ({@link io.clientela.app.http.Params}, {@link
 * io.clientela.app.http.Bodies}), call the store's read queries or a service on the request's own
 * connection, and write the answer ({@link io.clientela.app.http.Lists} pages a list or exports it
 * as CSV, masking personal columns for roles that may not see them). Every request is written to
 * the access log. The same server takes the collection API, the web tracker ({@code /tracker.js})
 * and the demo shop page that uses it.
 */
package io.clientela.app.http;

/**
 * The one HTTP stack (Javalin). {@link io.clientela.app.http.HttpServer} holds the single
 * {@code Javalin.create}: on one port the collection API and the web tracker, and the sign-in
 * ({@code Auth}), the REST API ({@code Api} and one routes file per feature) and the dashboard's pages.
 * Routes do HTTP only: read and check the request, call a service or a store query, write the answer.
 * {@link io.clientela.app.http.Problems} is the one place an exception becomes a status and a body
 * {@code {"title","status","detail"}}; every request is written to the access log.
 */
package io.clientela.app.http;

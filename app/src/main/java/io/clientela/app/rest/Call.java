package io.clientela.app.rest;

import io.clientela.app.App;
import io.clientela.app.auth.Session;
import io.javalin.http.Context;
import java.sql.Connection;

/** One admitted API call: the request, the caller's session, a connection for this request, the application. */
record Call(Context ctx, Session session, Connection c, App app) {
}

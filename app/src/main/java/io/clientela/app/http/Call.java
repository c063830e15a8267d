package io.clientela.app.http;

import io.clientela.app.App;
import io.clientela.service.access.Session;
import io.clientela.store.Handle;
import io.javalin.http.Context;

/** One admitted API call: the request, the caller's session, a connection for this request, the application. */
record Call(Context ctx, Session session, Handle c, App app) {
}

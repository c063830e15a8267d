package io.clientela.app;

import io.clientela.app.http.HttpServer;
import io.clientela.ingest.collect.Collector;
import io.clientela.service.access.ApiKeys;
import java.util.ArrayList;
import java.util.List;

/** A running server: its URL, its keys service and collector (when it collects), and one {@link #close()} that stops it in order. */
public final class Serving implements AutoCloseable {
    private final HttpServer server;
    private final Collector collector;
    private final ApiKeys keys;
    private final boolean dashboard;
    private final List<AutoCloseable> after = new ArrayList<>();
    private boolean closed;

    Serving(HttpServer server, Collector collector, ApiKeys keys, boolean dashboard) {
        this.server = server;
        this.collector = collector;
        this.keys = keys;
        this.dashboard = dashboard;
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** The API keys the collector checks; null without a collector. */
    public ApiKeys keys() {
        return keys;
    }

    /** Whether the sign-in, the REST API and the dashboard are served. */
    public boolean dashboard() {
        return dashboard;
    }

    /** The collector; null when serving without one. */
    public Collector collector() {
        return collector;
    }

    /** Something to close after the server and the collector (the rules listening to it). */
    public synchronized Serving also(AutoCloseable resource) {
        after.add(resource);
        return this;
    }

    /** Stops taking requests, writes the batches already queued, and releases the connections. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.close();
        if (collector != null) {
            collector.close();
        }
        for (AutoCloseable a : after) {
            try {
                a.close();
            } catch (Exception e) {
                // closing is best effort
            }
        }
    }
}

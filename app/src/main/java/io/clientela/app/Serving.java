package io.clientela.app;

import io.clientela.app.api.ApiServer;
import io.clientela.ingest.collect.Collector;
import io.clientela.app.keys.ApiKeys;
import java.sql.Connection;
import java.sql.SQLException;

/** A running server: its URL, its keys service, and one {@link #close()} that stops it in order. */
public final class Serving implements AutoCloseable {
    private final ApiServer server;
    private final Collector collector;
    private final ApiKeys keys;
    private final Connection keysConnection;
    private final java.util.List<AutoCloseable> after = new java.util.ArrayList<>();
    private boolean closed;

    Serving(ApiServer server, Collector collector, ApiKeys keys, Connection keysConnection) {
        this.server = server;
        this.collector = collector;
        this.keys = keys;
        this.keysConnection = keysConnection;
    }

    public String url() {
        return server.url();
    }

    public ApiKeys keys() {
        return keys;
    }

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
        collector.close();
        try {
            keysConnection.close();
        } catch (SQLException e) {
            // closing is best effort
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

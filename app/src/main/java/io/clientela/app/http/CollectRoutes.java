package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.ClientelaException;
import io.clientela.core.FaultException;
import io.clientela.core.TooLargeException;
import io.clientela.core.UsageException;
import io.clientela.ingest.collect.BatchJson;
import io.clientela.ingest.collect.Batches;
import io.clientela.ingest.collect.Collector;
import io.clientela.ingest.collect.CollectorFailedException;
import io.clientela.ingest.collect.Kind;
import io.clientela.ingest.collect.Receipt;
import io.clientela.service.access.ApiKey;
import io.clientela.service.access.ApiKeys;
import io.clientela.service.access.Role;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The collection API for machines with an API key ({@link Credentials}):
 * <ul>
 *   <li>{@code POST /api/v1/events}, {@code /feedback} and {@code /orders}: one JSON object or an array of
 *       them; 202 once the batch is committed, or 400 with an error per rejected item (the other items
 *       of the batch are stored all the same). Needs a key with role write (or admin).</li>
 *   <li>{@code GET /api/v1/collector/stats} (read key).</li>
 * </ul>
 * The keys themselves are managed through {@link ApiKeyRoutes}.
 */
final class CollectRoutes {
    static final List<String> PATHS = List.of("/api/v1/events", "/api/v1/feedback", "/api/v1/orders");
    private final Collector collector;
    private final ApiKeys keys;
    private final ServerSettings settings;

    private CollectRoutes(Collector collector, ApiKeys keys, ServerSettings settings) {
        this.collector = collector;
        this.keys = keys;
        this.settings = settings;
    }

    static void install(JavalinConfig config, Collector collector, ApiKeys keys, ServerSettings settings) {
        CollectRoutes r = new CollectRoutes(collector, keys, settings);
        config.routes.post("/api/v1/events", ctx -> r.collect(ctx, Kind.EVENTS));
        config.routes.post("/api/v1/feedback", ctx -> r.collect(ctx, Kind.FEEDBACK));
        config.routes.post("/api/v1/orders", ctx -> r.collect(ctx, Kind.ORDERS));
        config.routes.get("/api/v1/collector/stats", r::stats);
    }

    private ApiKey require(Context ctx, Role role) {
        return ApiKeys.require(keys.authenticate(Credentials.key(ctx)), role);
    }

    private void collect(Context ctx, Kind kind) {
        ApiKey key = require(ctx, Role.WRITER);
        List<JsonNode> items = BatchJson.items(read(ctx), settings.maxItems());
        Receipt r = await(collector.submit(kind, key.source(), "POST " + ctx.path(), Batches.rows(kind, items)));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("items", r.items());
        counts.put("stored", r.stored());
        counts.put("duplicates", r.duplicates());
        counts.put("rejected", r.items() - r.stored() - r.duplicates());
        if (r.rejected().isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 202);
            body.putAll(counts);
            ctx.status(202).json(body);
            return;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Receipt.ItemError e : r.rejected()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", e.item());
            if (e.line() > 0) {
                m.put("line", e.line());
            }
            m.put("field", e.field());
            m.put("value", e.value());
            m.put("reason", e.reason());
            errors.add(m);
        }
        Map<String, Object> extra = new LinkedHashMap<>(counts);
        extra.put("quarantine", r.origin());
        extra.put("errors", errors);
        int bad = r.items() - r.stored() - r.duplicates();
        Problems.render(ctx, new Problem("Some items were rejected", 400, bad + " of " + r.items() + " items broke a field rule or a limit and were kept "
                + "in the quarantine as '" + r.origin() + "'; the other " + (r.items() - bad) + " were stored", extra));
    }

    private void stats(Context ctx) {
        require(ctx, Role.VIEWER);
        ctx.json(collector.stats());
    }

    private byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > settings.maxBodyBytes()) {
            throw new TooLargeException("the body has " + declared + " bytes; at most " + settings.maxBodyBytes() + " are taken per request");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(settings.maxBodyBytes() + 1);
            if (body.length > settings.maxBodyBytes()) {
                throw new TooLargeException("the body has more than " + settings.maxBodyBytes() + " bytes, the most taken per request");
            }
            return body;
        } catch (IOException e) {
            throw new UsageException("the request body could not be read: " + e.getMessage());
        }
    }

    private static Receipt await(CompletableFuture<Receipt> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ClientelaException ce ? ce : new FaultException("the batch could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new CollectorFailedException("the batch was not written within 60 s; it may be stored, send it again (resending is safe)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectorFailedException("interrupted while the batch was written; send it again", e);
        }
    }
}

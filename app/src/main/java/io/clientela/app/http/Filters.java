package io.clientela.app.http;

import io.clientela.store.query.CustomerFilter;
import io.javalin.http.Context;
import java.util.List;

/**
 * The dashboard's shared filters from the query parameters {@code country}, {@code region}, {@code
 * channel}, {@code segment}, {@code abc}, {@code quadrant} (comma-separated lists) and {@code from},
 * {@code to} (dates), validated; the store turns them into SQL ({@link CustomerFilter}).
 */
final class Filters {
    static final List<String> NAMES = List.of("country", "region", "channel", "segment", "abc", "quadrant", "from", "to");

    private Filters() {
    }

    static CustomerFilter of(Context ctx) {
        return new CustomerFilter(Params.list(ctx, "country"), Params.list(ctx, "region"), Params.list(ctx, "channel"), Params.list(ctx, "segment"),
                Params.list(ctx, "abc"), Params.list(ctx, "quadrant"), Params.date(ctx, "from"), Params.date(ctx, "to"));
    }
}

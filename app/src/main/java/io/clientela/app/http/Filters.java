package io.clientela.app.http;

import io.clientela.store.overview.OverviewQueries.Compare;
import io.clientela.store.query.CustomerFilter;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dashboard's shared filters from the query parameters {@code country}, {@code region}, {@code
 * channel}, {@code segment}, {@code abc}, {@code quadrant} (comma-separated lists) and {@code from},
 * {@code to} (dates), validated; the store turns them into SQL ({@link CustomerFilter}). {@code
 * compare} ({@code previous} or {@code year}) asks for the figures of a comparison period where a
 * page has them. A page that cannot apply a filter names it in {@code not_applied} ({@link #notApplied}).
 */
final class Filters {
    static final List<String> CUSTOMER = List.of("country", "region", "channel", "segment", "abc", "quadrant");
    static final List<String> NAMES = List.of("country", "region", "channel", "segment", "abc", "quadrant", "from", "to");
    /** The filters with {@code compare}, for a page that compares periods. */
    static final List<String> WITH_COMPARE = List.of("country", "region", "channel", "segment", "abc", "quadrant", "from", "to", "compare");

    private Filters() {
    }

    static CustomerFilter of(Context ctx) {
        return new CustomerFilter(Params.list(ctx, "country"), Params.list(ctx, "region"), Params.list(ctx, "channel"), Params.list(ctx, "segment"),
                Params.list(ctx, "abc"), Params.list(ctx, "quadrant"), Params.date(ctx, "from"), Params.date(ctx, "to"));
    }

    /** The comparison asked for ({@code compare=previous|year}), or null. */
    static Compare compare(Context ctx) {
        String v = Params.oneOf(ctx, "compare", Set.of("previous", "year"), null);
        return v == null ? null : Compare.valueOf(v.toUpperCase(Locale.ROOT));
    }

    /**
     * The filters given that a page does not apply: {@code period} for {@code from}/{@code to}
     * unless {@code period} is applied, {@code compare} unless {@code compare} is, and each customer
     * filter unless {@code customer} filters are.
     */
    static List<String> notApplied(Context ctx, boolean customer, boolean period, boolean compare) {
        List<String> out = new ArrayList<>();
        if (!customer) {
            CUSTOMER.stream().filter(f -> !Params.list(ctx, f).isEmpty()).forEach(out::add);
        }
        if (!period && (Params.date(ctx, "from") != null || Params.date(ctx, "to") != null)) {
            out.add("period");
        }
        if (!compare) {
            compare(ctx);
            if (Params.text(ctx, "compare", 64) != null) {
                out.add("compare");
            }
        }
        return out;
    }
}

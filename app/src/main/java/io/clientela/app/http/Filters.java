package io.clientela.app.http;

import io.clientela.core.UsageException;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's shared filters, as SQL conditions with bound parameters over the customer
 * profile {@code c} and its value results {@code v}: {@code country}, {@code region}, {@code
 * channel} (acquisition channel), {@code segment} (RFM segment), {@code abc}, {@code quadrant}, and
 * the period {@code from}/{@code to} (applied where a figure has a date).
 */
record Filters(List<String> country, List<String> region, List<String> channel, List<String> segment, List<String> abc,
               List<String> quadrant, LocalDate from, LocalDate to) {
    static final List<String> NAMES = List.of("country", "region", "channel", "segment", "abc", "quadrant", "from", "to");

    Filters {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("parameter 'to': " + to + " is before 'from' " + from);
        }
    }

    static Filters of(Context ctx) {
        return new Filters(Params.list(ctx, "country"), Params.list(ctx, "region"), Params.list(ctx, "channel"), Params.list(ctx, "segment"),
                Params.list(ctx, "abc"), Params.list(ctx, "quadrant"), Params.date(ctx, "from"), Params.date(ctx, "to"));
    }

    /** Conditions on the customer and value columns (not the period), each followed by its parameters. */
    String where(List<Object> params) {
        List<String> and = new ArrayList<>();
        in(and, params, "c.country", country);
        in(and, params, "c.region", region);
        in(and, params, "c.acquisition_channel", channel);
        in(and, params, "v.rfm_segment", segment);
        in(and, params, "v.abc_class", abc);
        in(and, params, "v.quadrant", quadrant);
        return and.isEmpty() ? "true" : String.join(" AND ", and);
    }

    boolean onCustomers() {
        return !(country.isEmpty() && region.isEmpty() && channel.isEmpty() && segment.isEmpty() && abc.isEmpty() && quadrant.isEmpty());
    }

    private static void in(List<String> and, List<Object> params, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        and.add(column + " IN (" + String.join(", ", values.stream().map(x -> "?").toList()) + ")");
        params.addAll(values);
    }
}

package io.clientela.store.query;

import io.clientela.core.UsageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's shared filters, as SQL conditions with bound parameters over the customer profile
 * {@code c} and its value results {@code v}: {@code country}, {@code region}, {@code channel}
 * (acquisition channel), {@code segment} (RFM segment), {@code abc}, {@code quadrant}, each a list of
 * values any of which may match (empty: no condition), and the period {@code from}/{@code to}, both
 * days included, applied by each query where a figure has a date.
 */
public record CustomerFilter(List<String> country, List<String> region, List<String> channel, List<String> segment, List<String> abc,
                             List<String> quadrant, LocalDate from, LocalDate to) {
    /** No filter: every customer, any time. */
    public static final CustomerFilter NONE = period(null, null);

    public CustomerFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("parameter 'to': " + to + " is before 'from' " + from);
        }
        country = List.copyOf(country);
        region = List.copyOf(region);
        channel = List.copyOf(channel);
        segment = List.copyOf(segment);
        abc = List.copyOf(abc);
        quadrant = List.copyOf(quadrant);
    }

    /** Only a period (either end may be null). */
    public static CustomerFilter period(LocalDate from, LocalDate to) {
        return new CustomerFilter(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), from, to);
    }

    /** Only the value results: RFM segment, ABC class, quadrant. */
    public static CustomerFilter values(List<String> segment, List<String> abc, List<String> quadrant) {
        return new CustomerFilter(List.of(), List.of(), List.of(), segment, abc, quadrant, null, null);
    }

    /** The conditions on the customer and value columns (not the period), joined by AND ({@code true} for none); their values are added to {@code params}. */
    public String where(List<Object> params) {
        List<String> and = new ArrayList<>();
        Conditions.in(and, params, "c.country", country);
        Conditions.in(and, params, "c.region", region);
        Conditions.in(and, params, "c.acquisition_channel", channel);
        Conditions.in(and, params, "v.rfm_segment", segment);
        Conditions.in(and, params, "v.abc_class", abc);
        Conditions.in(and, params, "v.quadrant", quadrant);
        return and.isEmpty() ? "true" : String.join(" AND ", and);
    }

    /** Whether any condition is on the customer or its value results (not only the period). */
    public boolean onCustomers() {
        return !(country.isEmpty() && region.isEmpty() && channel.isEmpty() && segment.isEmpty() && abc.isEmpty() && quadrant.isEmpty());
    }

}

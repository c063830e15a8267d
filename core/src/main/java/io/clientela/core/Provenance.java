package io.clientela.core;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an analytic result comes from, so that it can be reproduced and explained: the method and
 * its version, the parameters it ran with, the random seed (null for deterministic methods), how many
 * records it read, and, once the caller knows them, the as-of date and the data window.
 *
 * @param method     the method in words, e.g. "RFM quintile scores and segments"
 * @param version    the algorithm's version, e.g. {@code rfm-1}: it changes whenever results could
 * @param parameters the parameters, as they would be written down (JSON-ready values)
 * @param seed       the random seed, or null
 * @param records    the records (customers, responses) it read
 * @param asOf       the date the result is as of, or null while unknown
 * @param dataFrom   the first day of the data read, or null while unknown
 * @param dataTo     the last day of the data read, or null while unknown
 */
public record Provenance(String method, String version, Map<String, Object> parameters, Long seed, long records, LocalDate asOf,
                         LocalDate dataFrom, LocalDate dataTo) {
    public Provenance {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(version, "version");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (records < 0) {
            throw new IllegalArgumentException("records: expected 0 or more, got " + records);
        }
    }

    /** A method's provenance before the caller adds the time frame. */
    public static Provenance of(String method, String version, Map<String, Object> parameters, Long seed, long records) {
        return new Provenance(method, version, parameters, seed, records, null, null, null);
    }

    /** The same, over a time frame: the as-of date and the first and last day of the data read. */
    public Provenance over(LocalDate asOf, LocalDate dataFrom, LocalDate dataTo) {
        return new Provenance(method, version, parameters, seed, records, asOf, dataFrom, dataTo);
    }

    /** The provenance as stored with a run. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("version", version);
        m.put("parameters", parameters);
        m.put("seed", seed);
        m.put("records", records);
        m.put("as_of", asOf == null ? null : asOf.toString());
        m.put("data_from", dataFrom == null ? null : dataFrom.toString());
        m.put("data_to", dataTo == null ? null : dataTo.toString());
        return m;
    }
}

package io.clientela.ingest.collect;

import java.util.List;

/**
 * What a workspace may set for its collector ({@code collector:} in clientela.yaml).
 *
 * @param stripQueryParams query parameters taken out of an item's {@code url} and {@code referrer}
 *                         before it is stored (tokens, e-mail addresses), besides {@code key}, the
 *                         tracker's own, which is always taken out
 */
public record CollectorSettings(List<String> stripQueryParams) {
    public static final CollectorSettings DEFAULT = new CollectorSettings(QueryParams.DEFAULT);

    public CollectorSettings {
        stripQueryParams = List.copyOf(stripQueryParams);
        for (String p : stripQueryParams) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException("collector.strip_query_params: a parameter name is empty");
            }
        }
    }
}

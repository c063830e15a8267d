package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientela.ingest.BatchReport;
import java.util.ArrayList;
import java.util.List;

/**
 * What the collector does to every row before it is queued, on the sender's thread, whichever front
 * door it came by: the configured query parameters are taken out of {@code url} and {@code referrer},
 * and a row that breaks an {@link ItemLimits} limit is marked to be rejected.
 */
final class Intake {
    private static final List<String> URL_FIELDS = List.of("url", "referrer");
    private final QueryParams strip;

    Intake(CollectorSettings settings) {
        List<String> names = new ArrayList<>(settings.stripQueryParams());
        names.add("key"); // the tracker's own parameter (the demo shop's address carries the write key), whatever the list says
        this.strip = new QueryParams(names);
    }

    List<Row> apply(Kind kind, List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (r.node() instanceof ObjectNode o) {
                for (String f : URL_FIELDS) {
                    JsonNode v = o.get(f);
                    if (v != null && v.isTextual()) {
                        String stripped = strip.strip(v.textValue());
                        if (!stripped.equals(v.textValue())) {
                            o.put(f, stripped);
                        }
                    }
                }
            }
            BatchReport.Rejection broken = r.broken() != null ? r.broken() : ItemLimits.check(kind, r.node());
            out.add(broken == null ? r : r.broke(broken));
        }
        return out;
    }
}

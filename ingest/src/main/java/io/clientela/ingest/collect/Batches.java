package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a sent batch: one per item, except an order with {@code lines}, which becomes one row
 * per line carrying its order's fields (and {@code line_no} from 1 unless the line names its own).
 */
public final class Batches {
    private Batches() {
    }

    public static List<Row> rows(Kind kind, List<JsonNode> items) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (kind == Kind.ORDERS && item.isObject() && item.path("lines").isArray() && !item.path("lines").isEmpty()) {
                int line = 1;
                for (JsonNode l : item.get("lines")) {
                    ObjectNode flat = ((ObjectNode) item).deepCopy();
                    flat.remove("lines");
                    if (l.isObject()) {
                        flat.setAll((ObjectNode) l);
                    }
                    if (!flat.has("line_no")) {
                        flat.put("line_no", line);
                    }
                    rows.add(new Row(l.isObject() ? flat : l, i + 1, line++, id(item, kind)));
                }
            } else {
                rows.add(new Row(item, i + 1, 0, id(item, kind)));
            }
        }
        return rows;
    }

    private static String id(JsonNode item, Kind kind) {
        JsonNode id = item.get(kind.idColumn());
        if (id == null || !id.isValueNode() || id.isNull()) {
            return null;
        }
        String s = id.asText().strip();
        return s.isEmpty() ? null : s;
    }
}

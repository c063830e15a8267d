package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.BatchReport;

/**
 * One staged row of a submitted batch: an item (or one line of an order, with its order's fields),
 * which request item it belongs to and, for orders, which line.
 *
 * @param node   the item as parsed; anything but a JSON object is rejected
 * @param item   the item's position in the request, from 1
 * @param line   the order line, from 1, or 0 when the row is the whole item
 * @param id     the item's id as sent (null when absent or not a scalar)
 * @param broken the limit of {@link ItemLimits} the row broke (it is then rejected and quarantined), or null
 */
public record Row(JsonNode node, int item, int line, String id, BatchReport.Rejection broken) {
    public Row(JsonNode node, int item, int line, String id) {
        this(node, item, line, id, null);
    }

    Row broke(BatchReport.Rejection why) {
        return new Row(node, item, line, null, why);
    }
}

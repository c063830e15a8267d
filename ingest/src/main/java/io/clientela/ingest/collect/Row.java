package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One staged row of a submitted batch: an item (or one line of an order, with its order's fields),
 * which request item it belongs to and, for orders, which line.
 *
 * @param node   the item as parsed; anything but a JSON object is rejected
 * @param item   the item's position in the request, from 1
 * @param line   the order line, from 1, or 0 when the row is the whole item
 * @param id     the item's id as sent (null when absent or not a scalar)
 */
public record Row(JsonNode node, int item, int line, String id) {
}

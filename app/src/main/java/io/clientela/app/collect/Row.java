package io.clientela.app.collect;

/**
 * One staged row of a submitted batch: the JSON text of an item (or of one line of an order, with
 * its order's fields), which request item it belongs to and, for orders, which line.
 *
 * @param item   the item's position in the request, from 1
 * @param line   the order line, from 1, or 0 when the row is the whole item
 * @param id     the item's id as sent (null when absent or not a scalar)
 * @param object whether the item is a JSON object
 */
public record Row(String json, int item, int line, String id, boolean object) {
}

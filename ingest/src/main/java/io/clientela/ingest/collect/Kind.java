package io.clientela.ingest.collect;

/** What the collector takes: each kind has its mapping (a resource here), its table and its id column. */
public enum Kind {
    EVENTS("events.yaml", "events", "event_id"),
    FEEDBACK("feedback.yaml", "feedback", "feedback_id"),
    ORDERS("order-lines.yaml", "orders", "order_id");

    private final String mapping;
    private final String table;
    private final String idColumn;

    Kind(String mapping, String table, String idColumn) {
        this.mapping = mapping;
        this.table = table;
        this.idColumn = idColumn;
    }

    /** The mapping resource (next to this class) the items are read with. */
    public String mapping() {
        return mapping;
    }

    /** The table the stored items are in (for orders: the orders, whose lines are in order_lines). */
    public String table() {
        return table;
    }

    /** The JSON member and column that identify an item; resending an id adds nothing. */
    public String idColumn() {
        return idColumn;
    }
}

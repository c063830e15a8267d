package io.clientela.ingest;

import static io.clientela.store.Db.ident;
import static io.clientela.store.Db.literal;

import io.clientela.store.Db;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the accepted rows ({@code acc}) of one import into the canonical tables with set-based SQL.
 * Facts keep their source and the customer's id there ({@code customer_key}); a customer id not yet
 * known becomes a stub customer record so that identity resolution can link it. Rows whose id the
 * store already holds are counted as unchanged, never written twice.
 */
final class EntityWriter {
    private final Connection c;
    private final Mapping mapping;
    private final long importId;
    private final String src;
    private final boolean idsChecked;
    private final java.util.Map<String, List<String>> columnCache;
    private long stubs;

    EntityWriter(Connection c, Mapping mapping, long importId) {
        this(c, mapping, importId, false, new java.util.HashMap<>());
    }

    /**
     * With {@code idsChecked}, the caller has already removed rows whose id the store holds (the
     * collector keeps the ids in memory), so facts are inserted without looking the ids up again.
     * {@code columnCache} keeps the fact tables' columns between writers (the schema does not
     * change while a workspace is open).
     */
    EntityWriter(Connection c, Mapping mapping, long importId, boolean idsChecked, java.util.Map<String, List<String>> columnCache) {
        this.columnCache = columnCache;
        this.c = c;
        this.mapping = mapping;
        this.importId = importId;
        this.src = literal(mapping.source());
        this.idsChecked = idsChecked;
    }

    /**
     * First phase, before identity resolution: customer records (the entity itself, or stubs for the
     * customer ids and e-mails facts name). Returns how many accepted rows changed the store.
     */
    long writeCustomers() {
        Entity e = mapping.entity();
        if (e.name().equals("customers")) {
            return customers();
        }
        if (e.customerFacts() && e.has("customer_id")) {
            stubCustomers(e);
        }
        return 0;
    }

    /**
     * Second phase, after identity resolution: everything else, facts already pointing at their
     * resolved customer. Returns how many accepted rows changed the store.
     */
    long writeRest() {
        Entity e = mapping.entity();
        return switch (e.name()) {
            case "customers" -> 0;
            case "products" -> products();
            case "order_lines" -> orderLines();
            default -> facts(e);
        };
    }

    private long customers() {
        Db.execute(c, "DROP TABLE IF EXISTS acc1");
        Db.execute(c, "CREATE TEMP TABLE acc1 AS SELECT * FROM acc QUALIFY row_number() OVER (PARTITION BY customer_id "
                + "ORDER BY updated_at DESC NULLS LAST, _row DESC) = 1");
        List<String> fields = recordFields();
        String set = fields.stream().map(f -> ident(f) + " = coalesce(n." + ident(f) + ", r." + ident(f) + ")").collect(Collectors.joining(", "));
        long updated = Db.update(c, "UPDATE customer_records r SET " + set + ", attributes = CASE WHEN r.attributes IS NULL THEN n.attributes "
                + "WHEN n.attributes IS NULL THEN r.attributes ELSE json_merge_patch(r.attributes, n.attributes) END, import_id = " + importId
                + " FROM acc1 n WHERE r.source = " + src + " AND r.external_id = n.customer_id AND (n.updated_at IS NULL OR "
                + "r.updated_at IS NULL OR n.updated_at >= r.updated_at) AND (" + changed(fields) + ")");
        long inserted = Db.update(c, "INSERT INTO customer_records (record_id, source, external_id, " + list(fields) + ", attributes, import_id) "
                + "SELECT nextval('record_seq'), " + src + ", n.customer_id, " + list(fields, "n.") + ", n.attributes, " + importId
                + " FROM acc1 n WHERE NOT EXISTS (SELECT 1 FROM customer_records r WHERE r.source = " + src
                + " AND r.external_id = n.customer_id) ORDER BY n._row");
        return inserted + updated;
    }

    private static String changed(List<String> fields) {
        return fields.stream().map(f -> "(n." + ident(f) + " IS NOT NULL AND n." + ident(f) + " IS DISTINCT FROM r." + ident(f) + ")")
                .collect(Collectors.joining(" OR ")) + " OR (n.attributes IS NOT NULL AND n.attributes IS DISTINCT FROM r.attributes)";
    }

    private List<String> recordFields() {
        Set<String> skip = Set.of("customer_id");
        return mapping.entity().fieldNames().stream().filter(f -> !skip.contains(f)).toList();
    }

    private long products() {
        long updated = Db.update(c, "UPDATE products p SET name = coalesce(n.name, p.name), category = coalesce(n.category, p.category), "
                + "price = coalesce(n.price, p.price), cost = coalesce(n.cost, p.cost), currency = coalesce(n.currency, p.currency), import_id = "
                + importId + " FROM (SELECT * FROM acc QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY _row DESC) = 1) n "
                + "WHERE p.product_id = n.product_id AND ((n.name IS NOT NULL AND n.name IS DISTINCT FROM p.name) OR "
                + "(n.category IS NOT NULL AND n.category IS DISTINCT FROM p.category) OR (n.price IS NOT NULL AND n.price IS DISTINCT FROM p.price) "
                + "OR (n.cost IS NOT NULL AND n.cost IS DISTINCT FROM p.cost))");
        long inserted = Db.update(c, "INSERT INTO products SELECT product_id, " + src + ", name, category, price, cost, currency, " + importId
                + " FROM acc n WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.product_id = n.product_id)");
        return inserted + updated;
    }

    private long orderLines() {
        Db.update(c, "INSERT INTO products SELECT product_id, " + src + ", arg_max(product_name, _row), arg_max(category, _row), "
                + "arg_max(unit_price, _row), NULL, arg_max(currency, _row), " + importId + " FROM acc n WHERE NOT EXISTS "
                + "(SELECT 1 FROM products p WHERE p.product_id = n.product_id) GROUP BY product_id");
        Db.update(c, "INSERT INTO orders SELECT " + src + ", n.order_id, any_value(" + customerKey() + "), any_value(" + resolved()
                + "), min(n.ordered_at), CASE WHEN bool_or(n.status = 'cancelled') THEN 'cancelled' WHEN bool_and(n.status = 'returned') "
                + "THEN 'returned' ELSE coalesce(min(n.status), 'completed') END, any_value(n.currency), any_value(n.channel), "
                + "any_value(n.store), any_value(n.region), any_value(n.country), sum(coalesce(n.amount, n.quantity * n.unit_price)), "
                + importId + " FROM acc n " + joinRecords() + " WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.source = " + src
                + " AND o.order_id = n.order_id) GROUP BY n.order_id");
        return Db.update(c, "INSERT INTO order_lines SELECT " + src + ", order_id, line_no, product_id, quantity, unit_price, amount, "
                + "returned_quantity, status, " + importId + ", _row FROM (SELECT order_id, " + lineNumber() + " AS line_no, product_id, quantity, unit_price, coalesce(amount, quantity * unit_price) AS amount, "
                + "coalesce(returned_quantity, 0) AS returned_quantity, coalesce(status, 'completed') AS status, _row FROM acc) n "
                + "WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.source = " + src + " AND l.order_id = n.order_id AND l.line_no = n.line_no)");
    }

    /**
     * The line number within the order: the source's own when mapped, else the line's position
     * among the order's lines in the file.
     */
    private String lineNumber() {
        return mapping.fields().containsKey("line_no") ? "line_no" : "row_number() OVER (PARTITION BY order_id ORDER BY _row)";
    }

    private long facts(Entity e) {
        String table = ident(e.name());
        List<String> tableColumns = columnCache.computeIfAbsent(e.name(), n -> List.copyOf(Db.columns(c, n).keySet()));
        List<String> select = new ArrayList<>();
        for (String col : tableColumns) {
            select.add(switch (col) {
                case "source" -> src;
                case "import_id" -> String.valueOf(importId);
                case "customer_key" -> customerKey();
                case "customer_id" -> resolved();
                default -> e.has(col) ? generatedId(e, col) : "NULL";
            });
        }
        String identity = idsChecked && e.key() != null ? null : identity(e);
        return Db.update(c, "INSERT INTO " + table + " SELECT " + String.join(", ", select) + " FROM acc n"
                + (e.has("customer_id") ? " " + joinRecords() : "")
                + (identity == null ? "" : " WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.source = " + src + " AND " + identity + ")"));
    }

    /** The columns that make a row of this entity the same row again, or null to always insert. */
    private String identity(Entity e) {
        return switch (e.name()) {
            case "campaign_contacts" -> "t.campaign_id = n.campaign_id AND t.customer_key IS NOT DISTINCT FROM " + customerKey()
                    + " AND t.contacted_at = n.contacted_at";
            case "sales_targets" -> "t.period = n.period AND t.owner IS NOT DISTINCT FROM n.owner AND t.region IS NOT DISTINCT FROM n.region";
            default -> "t." + ident(e.key()) + " = " + generatedId(e, e.key());
        };
    }

    /** An id column: the mapped value, or for events and feedback without ids a hash of the source row. */
    private String generatedId(Entity e, String col) {
        if (col.equals(e.key()) && (e.name().equals("events") || e.name().equals("feedback")) && !mapping.fields().containsKey(col)) {
            return "n._hash";
        }
        return "n." + ident(col);
    }

    /** The resolved customer of a row: identity resolution ran before facts are written. */
    private static String resolved() {
        return "cr.customer_id";
    }

    private String joinRecords() {
        return "LEFT JOIN customer_records cr ON cr.source = " + src + " AND cr.external_id = " + customerKey();
    }

    private String customerKey() {
        Entity e = mapping.entity();
        String id = e.has("customer_id") ? "n.customer_id" : "NULL";
        String email = e.has("customer_email") ? "'email:' || lower(trim(n.customer_email))" : "NULL";
        return "coalesce(" + id + ", " + email + ")";
    }

    /** Customer ids (or e-mails) this file names that its source has no record for yet. */
    /** Stub customer records written by {@link #writeCustomers()}: when none, there is nothing new to resolve. */
    long stubsWritten() {
        return stubs;
    }

    private void stubCustomers(Entity e) {
        String email = e.has("customer_email") ? "arg_max(lower(trim(n.customer_email)), n._row)" : "NULL";
        String country = e.has("country") ? "arg_max(n.country, n._row)" : "NULL";
        stubs += Db.update(c, "INSERT INTO customer_records (record_id, source, external_id, email, country, import_id) "
                + "SELECT nextval('record_seq'), " + src + ", k, email, country, " + importId + " FROM (SELECT " + customerKey() + " AS k, "
                + email + " AS email, " + country + " AS country, min(n._row) AS first_row FROM acc n GROUP BY k) s "
                + "WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM customer_records r WHERE r.source = " + src + " AND r.external_id = s.k) "
                + "ORDER BY first_row");
    }

    private static String list(List<String> fields) {
        return fields.stream().map(io.clientela.store.Db::ident).collect(Collectors.joining(", "));
    }

    private static String list(List<String> fields, String prefix) {
        return fields.stream().map(f -> prefix + ident(f)).collect(Collectors.joining(", "));
    }
}

package io.clientela.store.rules;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;

/** SQL over {@code customer_tags}: a tag is kept once per customer, with the rule that set it. */
public final class TagRows {
    private final Connection c;

    public TagRows(Handle handle) {
        this.c = handle.connection();
    }

    public boolean has(long customerId, String tag) {
        return Db.queryLong(c, "SELECT count(*) FROM customer_tags WHERE customer_id = ? AND tag = ?", customerId, tag) > 0;
    }

    public void insert(long customerId, String tag, LocalDateTime at, String ruleId) {
        Db.update(c, "INSERT INTO customer_tags VALUES (?, ?, ?, ?)", customerId, tag, at, ruleId);
    }
}

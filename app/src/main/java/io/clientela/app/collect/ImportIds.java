package io.clientela.app.collect;

import io.clientela.store.Db;
import java.sql.Connection;

/**
 * Import ids for the writer's fast path, taken from {@code import_seq} a thousand at a time in a
 * statement of their own (committed at once, so no id is ever handed out twice, even after a
 * crash), instead of one statement per batch inside the batch's transaction.
 */
final class ImportIds {
    private static final int BLOCK = 1000;
    private static final int LOW = 64;
    private long next;
    private long end;

    /** Tops the reserve up when it runs low; call outside any transaction. */
    void reserve(Connection autocommit) {
        if (end - next >= LOW) {
            return;
        }
        long first = Db.queryLong(autocommit, "SELECT min(v) FROM (SELECT nextval('import_seq') AS v FROM range(?))", BLOCK);
        long last = Db.queryLong(autocommit, "SELECT currval('import_seq')");
        if (last - first + 1 != BLOCK) {
            // another writer took ids meanwhile: the block is not contiguous, so keep only its last id
            first = last;
        }
        next = first;
        end = last + 1;
    }

    /** The next import id: from the reserve, or from the sequence when it is empty. */
    long next(Connection tx) {
        if (next < end) {
            return next++;
        }
        return Db.queryLong(tx, "SELECT nextval('import_seq')");
    }
}

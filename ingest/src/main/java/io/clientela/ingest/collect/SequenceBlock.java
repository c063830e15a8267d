package io.clientela.ingest.collect;

import io.clientela.store.Db;
import java.sql.Connection;

/**
 * Ids for the writer's fast path (import ids, customer record ids) taken from their sequence a
 * thousand at a time in a statement of their own, committed at once, so no id is ever handed out
 * twice, even after a crash; instead of one statement per batch inside the batch's transaction.
 */
final class SequenceBlock {
    private static final int BLOCK = 1000;
    private static final int LOW = 64;
    private final String sequence;
    private long next;
    private long end;

    SequenceBlock(String sequence) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("sequence: " + sequence);
        }
        this.sequence = sequence;
    }

    /** Tops the reserve up when it runs low; call outside any transaction. */
    void reserve(Connection autocommit) {
        if (end - next >= LOW) {
            return;
        }
        long first = Db.queryLong(autocommit, "SELECT min(v) FROM (SELECT nextval('" + sequence + "') AS v FROM range(?))", BLOCK);
        long last = Db.queryLong(autocommit, "SELECT currval('" + sequence + "')");
        if (last - first + 1 != BLOCK) {
            // another writer took ids meanwhile: the block is not contiguous, so keep only its last id
            first = last;
        }
        next = first;
        end = last + 1;
    }

    /** The next id: from the reserve, or from the sequence when it is empty. */
    long next(Connection tx) {
        if (next < end) {
            return next++;
        }
        return Db.queryLong(tx, "SELECT nextval('" + sequence + "')");
    }
}

package io.clientela.store.quarantine;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the quarantine: every rejected row with its file, row, field, value and reason. */
public final class QuarantineRows {
    private final Connection c;

    public QuarantineRows(Handle h) {
        this.c = h.connection();
    }

    /** One rejected row; {@code raw} is the row as read (JSON text). */
    public record Rejected(long importId, String file, long row, String field, String value, String reason, String raw) {
    }

    /**
     * Rejected rows by import and row, optionally of one import and with a reason containing a text
     * (case-insensitive); at most {@code limit} of them, or all when {@code limit} is negative.
     */
    public List<Rejected> list(Long importId, String reasonContains, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT import_id, file, row_no, field, value, reason, CAST(raw AS VARCHAR) AS raw
                FROM quarantine WHERE true""");
        List<Object> params = new ArrayList<>();
        if (importId != null) {
            sql.append(" AND import_id = ?");
            params.add(importId);
        }
        if (reasonContains != null) {
            sql.append(" AND contains(lower(reason), lower(?))");
            params.add(reasonContains);
        }
        sql.append(" ORDER BY import_id, row_no");
        if (limit >= 0) {
            sql.append(" LIMIT ").append(limit);
        }
        List<Rejected> out = new ArrayList<>();
        for (Map<String, Object> r : Db.query(c, sql.toString(), params.toArray())) {
            out.add(new Rejected(((Number) r.get("import_id")).longValue(), (String) r.get("file"), ((Number) r.get("row_no")).longValue(),
                    (String) r.get("field"), (String) r.get("value"), (String) r.get("reason"), (String) r.get("raw")));
        }
        return out;
    }

    /** Rejected rows in the workspace. */
    public long count() {
        return Db.queryLong(c, "SELECT count(*) FROM quarantine");
    }
}

package io.clientela.store.data;

import io.clientela.store.Db;
import io.clientela.store.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The lists of the data pages; each argument is an exact value to match, or null for any. */
public final class DataQueries {
    private DataQueries() {
    }

    /** Imported files with their counts. */
    public static ListQuery imports(String entity, String source) {
        List<Object> p = new ArrayList<>();
        String w = eq(p, "entity", entity) + " AND " + eq(p, "source", source);
        return new ListQuery("import_id, file, entity, source, mapping, started_at, finished_at, rows_read, accepted, quarantined, file_sha256",
                "imports WHERE " + w, p, Set.of("import_id", "file", "entity", "started_at", "rows_read", "quarantined"), "import_id");
    }

    /**
     * Rejected rows: file, row, field, value and reason.
     *
     * @param importId the import's number as text (matched as text, so any text is a valid value)
     * @param reason   a part of the reason, in any case
     */
    public static ListQuery quarantine(String field, String importId, String reason) {
        List<Object> p = new ArrayList<>();
        String w = eq(p, "field", field);
        if (importId != null) {
            w += " AND CAST(import_id AS VARCHAR) = ?";
            p.add(importId);
        }
        if (reason != null) {
            w += " AND contains(lower(reason), lower(?))";
            p.add(reason);
        }
        return new ListQuery("import_id, file, row_no, field, value, reason, CAST(raw AS VARCHAR) AS raw", "quarantine WHERE " + w, p,
                Set.of("import_id", "file", "row_no", "field", "reason"), "row_no");
    }

    /** The audit log: reads of personal data, exports, erasures, logins. */
    public static ListQuery audit(String action, String username) {
        List<Object> p = new ArrayList<>();
        String w = eq(p, "action", action) + " AND " + eq(p, "username", username);
        return new ListQuery("*", "audit_log WHERE " + w, p, Set.of("audit_id", "logged_at", "username", "action"), "audit_id");
    }

    private static String eq(List<Object> p, String column, String value) {
        if (value == null) {
            return "true";
        }
        p.add(value);
        return Db.ident(column) + " = ?";
    }
}

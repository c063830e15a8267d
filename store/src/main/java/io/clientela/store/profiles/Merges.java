package io.clientela.store.profiles;

import io.clientela.core.ClientelaException;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Undoing merges: the link is kept, marked undone, and suppressed in every later resolution. */
public final class Merges {
    private final Workspace workspace;
    private final Profiles profiles;
    private final Clock clock;

    public Merges(Workspace workspace, Profiles profiles, Clock clock) {
        this.workspace = workspace;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Map<String, Object> undo(long mergeId) {
        return workspace.inTransaction(c -> {
            List<Map<String, Object>> rows = Db.query(c, "SELECT record_a, record_b, reason, undone_at FROM merges WHERE merge_id = ?", mergeId);
            if (rows.isEmpty()) {
                throw new ClientelaException("there is no merge #" + mergeId + " (see: clientela customer explain ID)");
            }
            if (rows.get(0).get("undone_at") != null) {
                throw new ClientelaException("merge #" + mergeId + " was already undone at " + rows.get(0).get("undone_at"));
            }
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            Db.update(c, "UPDATE merges SET undone_at = ? WHERE merge_id = ?", now, mergeId);
            profiles.refresh(c, 0, now);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("merge_id", mergeId);
            out.put("reason", rows.get(0).get("reason"));
            out.put("customers", Db.query(c, "SELECT DISTINCT customer_id FROM customer_records WHERE record_id IN (?, ?) ORDER BY 1",
                    rows.get(0).get("record_a"), rows.get(0).get("record_b")).stream().map(r -> r.get("customer_id")).toList());
            return out;
        });
    }
}

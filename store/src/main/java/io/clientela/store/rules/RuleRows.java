package io.clientela.store.rules;

import io.clientela.store.Db;
import io.clientela.store.Handle;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** SQL over {@code rule_firings} (every firing) and {@code rule_stats} (cooldowns, loop stops and the last scheduled run per rule). */
public final class RuleRows {
    private final Connection c;

    public RuleRows(Handle handle) {
        this.c = handle.connection();
    }

    /** One firing: the rule, its subject, what triggered it (kind {@code schedule} for a scheduled run) and its depth in a chain. */
    public record NewFiring(String ruleId, String subject, Long customerId, String triggerKind, String triggerType, String triggerId,
                            LocalDateTime firedAt, int depth) {
    }

    /** What a rule did so far; zeros and nulls for a rule that never ran. */
    public record RuleStats(String ruleId, long fired, long cooledDown, long loopStopped, LocalDateTime lastFiredAt, LocalDateTime lastRunAt) {
    }

    /** The counters of {@code rule_stats}. */
    public enum Counter {
        COOLED_DOWN("cooled_down"), LOOP_STOPPED("loop_stopped");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    /** Stores a firing and returns its id. */
    public long insertFiring(NewFiring f) {
        return Db.queryLong(c, "INSERT INTO rule_firings VALUES (nextval('firing_seq'), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING firing_id", f.ruleId(),
                f.subject(), f.customerId(), f.triggerKind(), f.triggerType(), f.triggerId(), f.firedAt(), f.depth());
    }

    /** Whether the rule fired for the subject after {@code since}. */
    public boolean firedSince(String ruleId, String subject, LocalDateTime since) {
        return Db.queryLong(c, "SELECT count(*) FROM rule_firings WHERE rule_id = ? AND subject = ? AND fired_at > ?", ruleId, subject, since) > 0;
    }

    /** Adds one to a counter of the rule. */
    public void count(String ruleId, Counter counter) {
        Db.update(c, """
                INSERT INTO rule_stats VALUES (?, ?, ?, NULL)
                ON CONFLICT (rule_id) DO UPDATE SET %1$s = rule_stats.%1$s + 1""".formatted(counter.column), ruleId,
                counter == Counter.COOLED_DOWN ? 1 : 0, counter == Counter.LOOP_STOPPED ? 1 : 0);
    }

    /** Notes when a scheduled rule last ran. */
    public void ran(String ruleId, LocalDateTime at) {
        Db.update(c, "INSERT INTO rule_stats VALUES (?, 0, 0, ?) ON CONFLICT (rule_id) DO UPDATE SET last_run_at = excluded.last_run_at", ruleId, at);
    }

    /** When a scheduled rule last ran, if ever. */
    public Optional<LocalDateTime> lastRun(String ruleId) {
        return Optional.ofNullable((LocalDateTime) Db.queryValue(c, "SELECT last_run_at FROM rule_stats WHERE rule_id = ?", ruleId));
    }

    /** What every rule that ever fired or was held back did, by rule id. */
    public Map<String, RuleStats> stats() {
        Map<String, RuleStats> out = new HashMap<>();
        Db.query(c, """
                SELECT coalesce(f.rule_id, s.rule_id) AS rule_id, coalesce(f.fired, 0) AS fired, coalesce(s.cooled_down, 0) AS cooled_down,
                       coalesce(s.loop_stopped, 0) AS loop_stopped, f.last_fired_at, s.last_run_at
                FROM (SELECT rule_id, count(*) AS fired, max(fired_at) AS last_fired_at FROM rule_firings GROUP BY rule_id) f
                FULL JOIN rule_stats s ON s.rule_id = f.rule_id""").forEach(r -> out.put((String) r.get("rule_id"), new RuleStats(
                (String) r.get("rule_id"), ((Number) r.get("fired")).longValue(), ((Number) r.get("cooled_down")).longValue(),
                ((Number) r.get("loop_stopped")).longValue(), (LocalDateTime) r.get("last_fired_at"), (LocalDateTime) r.get("last_run_at"))));
        return out;
    }
}

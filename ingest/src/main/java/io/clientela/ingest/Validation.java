package io.clientela.ingest;

import static io.clientela.store.Db.ident;
import static io.clientela.store.Db.literal;

import io.clientela.store.Db;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the field rules to the staged rows in one pass of SQL. Builds {@code typed} (raw and typed
 * value of every field plus the first failed rule, if any), quarantines failing rows, exact duplicate
 * rows and rows repeating an id, and leaves the rest in {@code acc} under the canonical field names.
 */
final class Validation {
    private final Connection c;
    private final Mapping mapping;
    private final Rules rules;
    private final SourceColumns source;
    private final FieldSql sql;
    private final LocalDateTime now;

    Validation(Connection c, Mapping mapping, Rules rules, SourceColumns source, LocalDateTime now) {
        this.c = c;
        this.mapping = mapping;
        this.rules = rules;
        this.source = source;
        this.sql = new FieldSql(mapping, source);
        this.now = now;
    }

    /** Validates the staged rows of import {@code importId}; row numbers come from {@link SourceColumns#rowNumber()}. */
    void run(long importId, String fileName) {
        Entity entity = mapping.entity();
        List<String> raw = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<String> order = new ArrayList<>(mapping.fields().keySet());
        order.sort(java.util.Comparator.comparing(f -> mapping.fields().get(f) instanceof FieldSpec.Expr));
        for (String field : order) {
            String r = sql.raw(field);
            raw.add((r == null ? "NULL::VARCHAR" : r) + " AS " + ident("r_" + field));
            aliases.add(ident("r_" + field));
            typed.add(sql.typed(field) + " AS " + ident("t_" + field));
            checks.addAll(checks(field, r == null));
        }
        mapping.attributes().forEach((name, column) -> {
            raw.add(source.text(column) + " AS " + ident("a_" + name));
            aliases.add(ident("a_" + name));
        });
        if (source.jsonLines()) {
            checks.add(0, "WHEN NOT _valid THEN {'field': NULL, 'value': left(line, 200), 'reason': 'malformed JSON (expected one JSON object per line)'}");
            aliases.add(0, "_valid, line");
            raw.add(0, "_valid, line");
        }
        List<String> keep = new ArrayList<>();
        mapping.fields().keySet().forEach(f -> keep.add(ident("t_" + f)));
        mapping.attributes().keySet().forEach(a -> keep.add(ident("a_" + a)));
        String hash = needsRowHash(entity) ? "md5(" + rowText() + ")" : "NULL::VARCHAR";
        Db.execute(c, "DROP TABLE IF EXISTS typed");
        // a 64-bit hash of the whole source row, computed in the same pass, finds duplicate candidates
        String rowHash = mapping.keepDuplicates() ? "NULL::UBIGINT" : "hash(" + sourceColumns() + ")";
        Db.execute(c, "CREATE TEMP TABLE typed AS SELECT _rid, _row, _hash, _h, " + String.join(", ", keep) + ", CASE "
                + String.join(" ", checks) + " END AS q FROM ("
                + "SELECT _rid, _row, _hash, _h, " + String.join(", ", aliases) + ", " + String.join(", ", typed)
                + " FROM (SELECT rowid AS _rid, " + source.rowNumber() + " AS _row, " + hash + " AS _hash, " + rowHash + " AS _h, "
                + String.join(", ", raw) + " FROM stg))");
        duplicates(entity);
        quarantine(importId, fileName);
        accepted(entity);
    }

    /** Events and feedback without ids of their own are identified by a hash of the source row. */
    private boolean needsRowHash(Entity entity) {
        return (entity.name().equals("events") || entity.name().equals("feedback")) && !mapping.fields().containsKey(entity.key());
    }

    private List<String> checks(String field, boolean derived) {
        FieldRule rule = rules.rule(mapping.entity().name(), field);
        FieldType type = mapping.entity().type(field);
        String t = ident("t_" + field);
        String r = ident("r_" + field);
        String value = derived ? "CAST(" + t + " AS VARCHAR)" : r;
        List<String> out = new ArrayList<>();
        // one cheap test per field for the common case; the nested CASE runs only on rows without a typed value
        String missing = struct(field, value, derived ? "could not be computed (an input is missing or invalid)" : "required value is missing");
        String invalid = struct(field, value, sql.expectation(field));
        boolean typed = !derived && type != FieldType.STRING;
        if (rule.isRequired()) {
            out.add("WHEN " + t + " IS NULL THEN " + (typed ? "CASE WHEN " + r + " IS NULL OR trim(" + r + ") = '' THEN " + missing
                    + " ELSE " + invalid + " END" : missing));
        } else if (typed) {
            out.add("WHEN " + t + " IS NULL AND " + r + " IS NOT NULL THEN CASE WHEN trim(" + r + ") = '' THEN NULL ELSE " + invalid + " END");
        }
        if (rule.min() != null) {
            out.add(when(t + " < " + rule.min().toPlainString(), field, value, "below the minimum " + rule.min().toPlainString()));
        }
        if (rule.max() != null) {
            out.add(when(t + " > " + rule.max().toPlainString(), field, value, "above the maximum " + rule.max().toPlainString()));
        }
        if (rule.pattern() != null) {
            out.add(when(t + " IS NOT NULL AND NOT regexp_full_match(CAST(" + t + " AS VARCHAR), " + literal(rule.pattern()) + ")",
                    field, value, "does not match the pattern " + rule.pattern()));
        }
        if (rule.allowed() != null && !rule.allowed().isEmpty()) {
            String list = rule.allowed().stream().map(a -> literal(FieldSql.lower(a))).collect(Collectors.joining(", "));
            String exact = rule.allowed().stream().map(io.clientela.store.Db::literal).collect(Collectors.joining(", "));
            out.add(when(t + " IS NOT NULL AND CAST(" + t + " AS VARCHAR) NOT IN (" + exact + ") AND lower(CAST(" + t + " AS VARCHAR)) NOT IN ("
                    + list + ")", field, value,
                    "not one of: " + String.join(", ", rule.allowed())));
        }
        if (Boolean.TRUE.equals(rule.notInFuture()) && (type == FieldType.TIMESTAMP || type == FieldType.DATE)) {
            LocalDateTime limit = now.plusDays(1);
            out.add(when(t + " > TIMESTAMP " + literal(limit.toString().replace('T', ' ')), field, value,
                    "is in the future (after " + now.toLocalDate() + ")"));
        }
        if (rule.references() != null) {
            Entity target = Entities.find(rule.references()).orElseThrow();
            out.add(when(t + " IS NOT NULL AND " + t + " NOT IN (SELECT " + ident(target.key()) + " FROM " + ident(target.name()) + ")",
                    field, value, "unknown " + target.key() + " (no such " + target.name() + " in the workspace)"));
        }
        return out;
    }

    private static String when(String condition, String field, String value, String reason) {
        return "WHEN " + condition + " THEN " + struct(field, value, reason);
    }

    private static String struct(String field, String value, String reason) {
        return "{'field': " + literal(field) + ", 'value': " + value + ", 'reason': " + literal(reason) + "}";
    }

    private void duplicates(Entity entity) {
        Db.execute(c, "DROP TABLE IF EXISTS dups");
        String cols = sourceColumns();
        if (mapping.keepDuplicates()) {
            Db.execute(c, "CREATE TEMP TABLE dups (_rid BIGINT, first_rid BIGINT, why VARCHAR)");
        } else {
            // candidates share the row hash; exact grouping on the source values among the few candidates
            Db.execute(c, "CREATE TEMP TABLE dups AS WITH cand AS (SELECT _h FROM typed GROUP BY _h HAVING count(*) > 1) "
                    + "SELECT unnest(ids[2:]) AS _rid, ids[1] AS first_rid, 'duplicate row' AS why FROM "
                    + "(SELECT list(rowid ORDER BY rowid) AS ids FROM stg WHERE rowid IN (SELECT _rid FROM typed WHERE _h IN (SELECT _h FROM cand)) "
                    + "GROUP BY " + cols + " HAVING count(*) > 1)");
        }
        if (entity.key() != null && mapping.fields().containsKey(entity.key())) {
            String key = ident("t_" + entity.key());
            Db.execute(c, "INSERT INTO dups SELECT unnest(ids[2:]), ids[1], 'duplicate " + entity.key() + "' FROM (SELECT list(_rid ORDER BY _rid) AS ids "
                    + "FROM typed WHERE q IS NULL AND " + key + " IS NOT NULL AND _rid NOT IN (SELECT _rid FROM dups) GROUP BY " + key
                    + " HAVING count(*) > 1)");
        }
    }

    private String sourceColumns() {
        return source.jsonLines() ? "stg.line" : source.columns().stream().map(x -> "stg." + ident(x)).collect(Collectors.joining(", "));
    }

    private void quarantine(long importId, String fileName) {
        String rawJson = source.jsonLines() ? "to_json({'line': stg.line})" : "to_json(stg)";
        Db.update(c, "INSERT INTO quarantine SELECT ?, ?, t._row, t.q.field, t.q.value, t.q.reason, " + rawJson
                + " FROM typed t JOIN stg ON stg.rowid = t._rid WHERE t.q IS NOT NULL", importId, fileName);
        Db.update(c, "INSERT INTO quarantine SELECT ?, ?, t._row, NULL, 'same as row ' || f._row, d.why, " + rawJson
                + " FROM dups d JOIN typed t ON t._rid = d._rid JOIN typed f ON f._rid = d.first_rid JOIN stg ON stg.rowid = d._rid "
                + "WHERE t.q IS NULL", importId, fileName);
        if (!source.csv()) {
            return; // only the CSV reader rejects records before validation
        }
        Db.update(c, "INSERT INTO quarantine SELECT ?, ?, line, min(column_name), any_value(csv_line), "
                + "CASE any_value(error_type) WHEN 'MISSING COLUMNS' THEN 'too few columns' WHEN 'TOO MANY COLUMNS' THEN 'too many columns' "
                + "ELSE lower(any_value(error_type)) END, to_json({'line': any_value(csv_line), 'error': any_value(error_message)}) "
                + "FROM stg_rejects GROUP BY line", importId, fileName);
    }

    private void accepted(Entity entity) {
        List<String> cols = new ArrayList<>();
        for (Map.Entry<String, FieldType> f : entity.fields().entrySet()) {
            String name = f.getKey();
            cols.add((mapping.fields().containsKey(name) ? ident("t_" + name) : "NULL::" + sqlType(f.getValue())) + " AS " + ident(name));
        }
        if (!mapping.attributes().isEmpty()) {
            cols.add("json_object(" + mapping.attributes().keySet().stream().map(a -> literal(a) + ", " + ident("a_" + a))
                    .collect(Collectors.joining(", ")) + ") AS attributes");
        } else if (entity.name().equals("customers")) {
            cols.add("NULL::JSON AS attributes");
        }
        Db.execute(c, "DROP VIEW IF EXISTS acc");
        Db.execute(c, "CREATE TEMP VIEW acc AS SELECT _row, _hash, " + String.join(", ", cols)
                + " FROM typed WHERE q IS NULL AND _rid NOT IN (SELECT _rid FROM dups)");
    }

    private String rowText() {
        if (source.jsonLines()) {
            return "stg.line";
        }
        return "concat_ws('\u001f', " + source.columns().stream().map(x -> "coalesce(CAST(stg." + ident(x) + " AS VARCHAR), '')")
                .collect(Collectors.joining(", ")) + ")";
    }

    static String sqlType(FieldType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(18,4)";
            case TIMESTAMP -> "TIMESTAMP";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
            case JSON -> "JSON";
        };
    }
}

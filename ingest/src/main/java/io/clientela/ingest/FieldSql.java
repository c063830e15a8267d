package io.clientela.ingest;

import static io.clientela.store.Db.literal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * SQL fragments for one canonical field of a mapping: the raw text taken from the source row, the
 * typed value parsed from it, and the rule checks with their messages. Raw columns are named
 * {@code r_<field>}, typed ones {@code t_<field>}.
 */
final class FieldSql {
    private final Mapping mapping;
    private final SourceColumns source;

    FieldSql(Mapping mapping, SourceColumns source) {
        this.mapping = mapping;
        this.source = source;
    }

    /** The raw VARCHAR expression over the staged row, or null for an expression field. */
    String raw(String field) {
        FieldSpec spec = mapping.fields().get(field);
        if (spec instanceof FieldSpec.Column c) {
            return source.text(c.column());
        }
        if (spec instanceof FieldSpec.Constant k) {
            return literal(k.value()) + "::VARCHAR";
        }
        if (spec instanceof FieldSpec.Template t) {
            List<String> parts = new java.util.ArrayList<>();
            for (String part : t.parts()) {
                if (part.startsWith("${") && part.endsWith("}")) {
                    String col = source.text(part.substring(2, part.length() - 1));
                    parts.add("coalesce(trim(" + col + "), '')");
                } else if (!part.isEmpty()) {
                    parts.add(literal(part));
                }
            }
            return "concat(" + String.join(", ", parts) + ")";
        }
        if (spec instanceof FieldSpec.Conditional c) {
            String col = source.text(c.column());
            String test = switch (c.test()) {
                case STARTS_WITH -> "starts_with(coalesce(" + col + ", ''), " + literal(c.operands().get(0)) + ")";
                case EQUALS -> "coalesce(" + col + ", '') = " + literal(c.operands().get(0));
                case IN -> "coalesce(" + col + ", '') IN (" + c.operands().stream().map(io.clientela.store.Db::literal)
                        .collect(Collectors.joining(", ")) + ")";
                case MATCHES -> "regexp_full_match(coalesce(" + col + ", ''), " + literal(c.operands().get(0)) + ")";
                case EMPTY -> (Boolean.parseBoolean(c.operands().get(0)) ? "" : "NOT ") + "(" + col + " IS NULL OR trim(" + col + ") = '')";
            };
            String otherwise = c.otherwise() == null ? "NULL" : literal(c.otherwise());
            return "CASE WHEN " + test + " THEN " + literal(c.then()) + " ELSE " + otherwise + " END";
        }
        return null;
    }

    /** The typed expression, over {@code r_} columns (and for expressions, over other fields). */
    String typed(String field) {
        FieldSpec spec = mapping.fields().get(field);
        FieldType type = mapping.entity().type(field);
        if (spec instanceof FieldSpec.Expr e) {
            // refers to the other fields' typed columns, defined earlier in the same SELECT (DuckDB lateral aliases)
            String sql = new ExpressionCompiler(mapping.fields().keySet()).toSql(mapping.name(), field, e.expression(),
                    name -> io.clientela.store.Db.ident("t_" + name));
            return cast(type.numeric() ? "round(" + sql + ", 4)" : "(" + sql + ")", type);
        }
        String x = "r_" + field;
        // trim() copies every string; most values have no blanks at either end, so test first
        String r = spec instanceof FieldSpec.Constant k ? (k.value().isBlank() ? "NULL::VARCHAR" : literal(k.value().strip()))
                : "nullif(CASE WHEN " + x + " LIKE ' %' OR " + x + " LIKE '% ' THEN trim(" + x + ") ELSE " + x + " END, '')";
        String format = spec instanceof FieldSpec.Column c && c.format() != null ? c.format() : null;
        return switch (type) {
            case STRING -> r;
            case INTEGER -> number(r, "BIGINT");
            case DECIMAL -> number(r, "DECIMAL(18,4)");
            case BOOLEAN -> "CASE lower(" + r + ") WHEN 'true' THEN true WHEN 'yes' THEN true WHEN 'y' THEN true WHEN '1' THEN true"
                    + " WHEN 't' THEN true WHEN 'false' THEN false WHEN 'no' THEN false WHEN 'n' THEN false WHEN '0' THEN false"
                    + " WHEN 'f' THEN false END";
            case JSON -> "CASE WHEN json_valid(" + r + ") THEN " + r + "::JSON END";
            case DATE -> date(r, format != null ? format : mapping.dateFormat());
            case TIMESTAMP -> timestamp(r, format != null ? format : mapping.timestampFormat());
        };
    }

    /** A number: the text as it is, else without blanks (1 234,5); with decimal commas, without '.' groups. */
    private String number(String r, String sqlType) {
        if (mapping.decimalSeparator() == ',') {
            return "TRY_CAST(replace(replace(replace(" + r + ", ' ', ''), '.', ''), ',', '.') AS " + sqlType + ")";
        }
        return "coalesce(TRY_CAST(" + r + " AS " + sqlType + "), TRY_CAST(replace(" + r + ", ' ', '') AS " + sqlType + "))";
    }

    private static String cast(String sql, FieldType type) {
        return switch (type) {
            case INTEGER -> "TRY_CAST(" + sql + " AS BIGINT)";
            case DECIMAL -> "TRY_CAST(" + sql + " AS DECIMAL(18,4))";
            default -> "CAST(" + sql + " AS VARCHAR)";
        };
    }

    private static String date(String r, String format) {
        return format == null ? "TRY_CAST(" + r + " AS DATE)" : "TRY_STRPTIME(" + r + ", " + literal(format) + ")::DATE";
    }

    private String timestamp(String r, String format) {
        boolean utc = mapping.timezone().equalsIgnoreCase("UTC");
        if (format == null) {
            // ISO 8601; an explicit offset wins, otherwise the text is local time in the mapping's zone
            String local = utc ? "TRY_CAST(" + r + " AS TIMESTAMPTZ)::TIMESTAMP"
                    : "CASE WHEN regexp_matches(" + r + ", '(Z|[+-]\\d\\d:?\\d\\d)$') THEN TRY_CAST(" + r
                    + " AS TIMESTAMPTZ)::TIMESTAMP ELSE timezone(" + literal(mapping.timezone()) + ", TRY_CAST(" + r
                    + " AS TIMESTAMP))::TIMESTAMP END";
            return local;
        }
        String parsed = "TRY_STRPTIME(" + r + ", " + literal(format) + ")";
        return utc ? parsed + "::TIMESTAMP" : "timezone(" + literal(mapping.timezone()) + ", " + parsed + "::TIMESTAMP)::TIMESTAMP";
    }

    /** What a type failure says, with the format the mapping expects. */
    String expectation(String field) {
        FieldType type = mapping.entity().type(field);
        FieldSpec spec = mapping.fields().get(field);
        String own = spec instanceof FieldSpec.Column c ? c.format() : null;
        return switch (type) {
            case TIMESTAMP -> "expected " + type.expectation() + (own != null || mapping.timestampFormat() != null
                    ? " in the format " + (own != null ? own : mapping.timestampFormat()) : " in ISO 8601, e.g. 2024-01-31 13:45:00");
            case DATE -> "expected " + type.expectation() + (own != null || mapping.dateFormat() != null
                    ? " in the format " + (own != null ? own : mapping.dateFormat()) : " in ISO 8601, e.g. 2024-01-31");
            case DECIMAL -> "expected " + type.expectation() + " with decimal separator '" + mapping.decimalSeparator() + "'";
            default -> "expected " + type.expectation();
        };
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package io.clientela.ingest;

import static io.clientela.store.Db.literal;

import io.clientela.store.Db;
import io.clientela.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Loads a source file into the temporary table {@code stg}, every value as text, so that parsing and
 * rules are ours and every row can be quarantined with its original values. CSV records the parser
 * cannot split into the header's columns land in {@code stg_rejects}, to be quarantined too.
 */
final class Stager {
    private final Connection c;

    Stager(Connection c) {
        this.c = c;
    }

    /**
     * Stages {@code read} (the file itself, or its decompressed copy) and names {@code file} in
     * every message.
     */
    SourceColumns stage(Mapping mapping, Path file, Path read, String format) {
        String path = literal(read.toAbsolutePath().toString());
        drop(c);
        try {
            switch (format) {
                case "csv" -> {
                    if (mapping.whitespaceDelimited()) {
                        whitespace(mapping, path);
                    } else {
                        csv(mapping, path);
                    }
                }
                case "jsonl" -> Db.execute(c, "CREATE TEMP TABLE stg AS SELECT line, CASE WHEN json_valid(line) THEN json_type(line) = 'OBJECT' "
                        + "ELSE false END AS _valid FROM " + lines(path));
                case "baskets" -> {
                    Db.execute(c, "CREATE TEMP TABLE stg_lines AS SELECT line FROM " + lines(path));
                    Db.execute(c, "CREATE TEMP TABLE stg AS SELECT CAST(r + 1 AS VARCHAR) AS basket, item, CAST(pos AS VARCHAR) AS position, "
                            + "r + 1 AS _line FROM (SELECT r, unnest(items) AS item, unnest(generate_series(1, len(items))) AS pos FROM "
                            + "(SELECT rowid AS r, string_split(trim(line, E'\\r'), " + literal(mapping.delimiter()) + ") AS items FROM stg_lines)) "
                            + "ORDER BY r, pos");
                }
                case "parquet" -> Db.execute(c, "CREATE TEMP TABLE stg AS SELECT * FROM read_parquet(" + path + ")");
                default -> throw new IllegalArgumentException(format);
            }
        } catch (StoreException e) {
            throw translate(file, e);
        }
        if (format.equals("csv") && !mapping.whitespaceDelimited()) {
            checkEncoding(mapping, file);
        } else {
            Db.execute(c, "CREATE TEMP TABLE stg_rejects (line BIGINT, column_name VARCHAR, error_type VARCHAR, csv_line VARCHAR, error_message VARCHAR)");
        }
        List<String> columns = Db.query(c, "SELECT * FROM stg LIMIT 0").isEmpty() ? columnNames() : List.of();
        boolean lineColumn = format.equals("baskets") || mapping.whitespaceDelimited();
        long offset = lineColumn ? 0 : format.equals("csv") && mapping.header() ? 2 : 1;
        return new SourceColumns(format, columns, lineColumn ? "_line" : "rowid + " + offset);
    }

    private void csv(Mapping mapping, String path) {
        String names = mapping.columns().isEmpty() ? "" : ", names = [" + mapping.columns().stream().map(io.clientela.store.Db::literal)
                .collect(java.util.stream.Collectors.joining(", ")) + "]";
        Db.execute(c, "CREATE TEMP TABLE stg AS SELECT * FROM read_csv(" + path + ", all_varchar = true, header = " + mapping.header()
                + names + ", delim = " + literal(mapping.delimiter()) + ", quote = " + literal(mapping.quote()) + ", escape = "
                + literal(mapping.quote()) + ", encoding = " + literal(mapping.encoding()) + ", store_rejects = true, "
                + "rejects_table = 'stg_rejects', rejects_scan = 'stg_reject_scans', null_padding = false)");
    }

    /** Columns separated by runs of blanks; names from the first line or from csv.columns. */
    private void whitespace(Mapping mapping, String path) {
        Db.execute(c, "CREATE TEMP TABLE stg_lines AS SELECT line FROM " + lines(path));
        String split = "string_split_regex(trim(line, E' \\t\\r'), '[ \\t]+')";
        List<String> names = mapping.columns();
        if (mapping.header()) {
            Object first = Db.queryValue(c, "SELECT " + split + "::VARCHAR[] FROM stg_lines WHERE rowid = 0");
            names = first == null ? List.of() : parseList(first);
        }
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            cols.append("p[").append(i + 1).append("] AS ").append(io.clientela.store.Db.ident(names.get(i))).append(", ");
        }
        Db.execute(c, "CREATE TEMP TABLE stg AS SELECT " + cols + "r + 1 AS _line FROM (SELECT rowid AS r, " + split + " AS p FROM stg_lines "
                + "WHERE rowid >= " + (mapping.header() ? 1 : 0) + " AND trim(line, E' \\t\\r') <> '') ORDER BY r");
    }

    private static List<String> parseList(Object value) {
        String s = value.toString().strip();
        s = s.startsWith("[") ? s.substring(1, s.length() - 1) : s;
        return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String lines(String path) {
        return "read_csv(" + path + ", columns = {'line': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '', "
                + "auto_detect = false, strict_mode = false)";
    }

    private List<String> columnNames() {
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT * FROM stg LIMIT 0")) {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String n = md.getColumnLabel(i);
                if (!n.equals("_valid") && !n.equals("_line")) {
                    names.add(n);
                }
            }
            return names;
        } catch (java.sql.SQLException e) {
            throw new StoreException("SELECT * FROM stg LIMIT 0", e);
        }
    }

    /** Drops the staging tables. */
    static void drop(Connection c) {
        for (String t : List.of("stg", "stg_lines", "stg_rejects", "stg_reject_scans")) {
            Db.execute(c, "DROP TABLE IF EXISTS " + t);
        }
    }

    private void checkEncoding(Mapping mapping, Path file) {
        List<Map<String, Object>> bad = Db.query(c, "SELECT line FROM stg_rejects WHERE error_type = 'INVALID ENCODING' ORDER BY line LIMIT 1");
        if (!bad.isEmpty()) {
            throw new ImportException(file + " is not valid " + mapping.encoding() + " (first bad bytes on line " + bad.get(0).get("line")
                    + "); set csv.encoding in the mapping (utf-8, latin-1 or utf-16) or convert the file; nothing was imported");
        }
    }

    private static ImportException translate(Path file, StoreException e) {
        String m = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        if (m.contains("No files found") || m.contains("No such file")) {
            return new ImportException(file + " does not exist", e);
        }
        if (m.contains("Invalid unicode") || m.contains("not utf-8")) {
            return new ImportException(file + " is not valid UTF-8; set csv.encoding in the mapping (latin-1 or utf-16) or convert the file;"
                    + " nothing was imported", e);
        }
        return new ImportException("cannot read " + file + ": " + StoreException.firstLine(m) + "; nothing was imported", e);
    }
}

package io.clientela.ingest;

import io.clientela.store.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before any row is validated, that every column the mapping names is in the file; when the
 * header came out as one column holding separators, says which delimiter the file seems to use.
 */
final class ColumnCheck {
    private final Mapping mapping;
    private final Path file;
    private final SourceColumns columns;

    ColumnCheck(Mapping mapping, Path file, SourceColumns columns) {
        this.mapping = mapping;
        this.file = file;
        this.columns = columns;
    }

    void run(Connection c) {
        Set<String> wanted = new LinkedHashSet<>();
        mapping.fields().values().forEach(spec -> {
            if (spec instanceof FieldSpec.Column col) {
                wanted.add(col.column());
            } else if (spec instanceof FieldSpec.Template t) {
                wanted.addAll(t.columns());
            } else if (spec instanceof FieldSpec.Conditional cond) {
                wanted.add(cond.column());
            }
        });
        wanted.addAll(mapping.attributes().values());
        List<String> missing = new ArrayList<>();
        if (columns.jsonLines()) {
            if (Db.queryLong(c, "SELECT count(*) FROM stg") == 0) {
                return;
            }
            for (String col : wanted) {
                long present = Db.queryLong(c, "SELECT count(*) FROM stg WHERE _valid AND json_exists(line, ?)", columns.jsonPath(col));
                if (present == 0) {
                    missing.add(col);
                }
            }
        } else {
            wanted.stream().filter(w -> !columns.columns().contains(w)).forEach(missing::add);
        }
        if (missing.isEmpty()) {
            return;
        }
        String what = columns.jsonLines() ? "no line of " + file + " has" : file + " has no";
        String message = "mapping '" + mapping.name() + "' reads " + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                + ", but " + what + (missing.size() == 1 ? " such " + (columns.jsonLines() ? "key" : "column")
                : " such " + (columns.jsonLines() ? "keys" : "columns"));
        if (!columns.jsonLines()) {
            message += "; its columns are " + String.join(", ", columns.columns().stream().map(m -> "'" + m + "'").toList());
            message += delimiterHint();
        }
        throw new ImportException(message + "; nothing was imported");
    }

    private String delimiterHint() {
        if (columns.columns().size() != 1) {
            return "";
        }
        String only = columns.columns().get(0);
        for (String d : List.of(";", "\t", "|", ",")) {
            if (only.contains(d) && !d.equals(mapping.delimiter())) {
                return " (the header looks " + (d.equals("\t") ? "tab" : "'" + d + "'") + "-separated: set csv.delimiter: \""
                        + (d.equals("\t") ? "\\t" : d) + "\" in the mapping)";
            }
        }
        return "";
    }
}

package io.clientela.ingest;

import static io.clientela.store.Db.ident;
import static io.clientela.store.Db.literal;

import java.util.List;

/**
 * The columns of a staged file ({@code stg}) and how to read one as text: a CSV or Parquet column
 * by name, a JSON Lines key (or {@code $.path}) from the line's JSON object.
 */
final class SourceColumns {
    private final String format;
    private final List<String> columns;
    private final String rowNumber;

    SourceColumns(String format, List<String> columns, String rowNumber) {
        this.format = format;
        this.columns = List.copyOf(columns);
        this.rowNumber = rowNumber;
    }

    /** SQL over {@code stg} giving the row number people see: the spreadsheet row or the file line. */
    String rowNumber() {
        return rowNumber;
    }

    /** Whether the CSV reader staged the file (and may have rejected records into {@code stg_rejects}). */
    boolean csv() {
        return format.equals("csv");
    }

    boolean jsonLines() {
        return format.equals("jsonl");
    }

    List<String> columns() {
        return columns;
    }

    String text(String column) {
        if (jsonLines()) {
            String path = column.startsWith("$") ? column : "$." + ident(column);
            return "CASE WHEN _valid THEN json_extract_string(line, " + literal(path) + ") END";
        }
        return "CAST(stg." + ident(column) + " AS VARCHAR)";
    }

    String jsonPath(String column) {
        return column.startsWith("$") ? column : "$." + ident(column);
    }
}

package io.clientela.core.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 4180 reader for the tests: quoted cells, doubled quotes, a header naming the columns. */
final class Csv {
    final List<String> header;
    final List<List<String>> rows;

    private Csv(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static Csv read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        return new Csv(records.get(0), records.subList(1, records.size()));
    }

    /** The rows as maps from column name to cell; fails if a row has the wrong number of cells. */
    List<Map<String, String>> maps() {
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != header.size()) {
                throw new AssertionError("row " + (i + 2) + " has " + row.size() + " cells, the header " + header.size() + ": " + row);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), row.get(c));
            }
            out.add(m);
        }
        return out;
    }

    static List<List<String>> parse(String text, String name) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0) {
                    throw new AssertionError(name + ": a quote inside an unquoted cell at character " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    records.add(record);
                    record = new ArrayList<>();
                }
            } else {
                if (wasQuoted) {
                    throw new AssertionError(name + ": text after a closing quote at character " + i);
                }
                cell.append(c);
            }
        }
        if (quoted) {
            throw new AssertionError(name + ": unterminated quoted cell");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            throw new AssertionError(name + ": the last line does not end with a newline");
        }
        return records;
    }
}

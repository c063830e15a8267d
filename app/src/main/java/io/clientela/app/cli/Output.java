package io.clientela.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.store.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints results as JSON or as aligned text tables. */
public final class Output {
    /** The one JSON mapper, for reading back what a command printed. */
    public static final ObjectMapper JSON = Json.MAPPER;

    private Output() {
    }

    /** Indented JSON, as {@code --json} prints it. */
    public static String json(Object value) {
        return Json.pretty(value);
    }

    /** JSON on one line. */
    public static String compactJson(Object value) {
        return Json.write(value);
    }

    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toString().replace('T', ' ');
        }
        return v.toString();
    }

    /** An aligned table of rows (maps with the same keys); long cells are cut at {@code maxWidth}. */
    public static void table(PrintWriter out, List<Map<String, Object>> rows, int maxWidth) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        int[] w = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            w[i] = cols.get(i).length();
            for (Map<String, Object> r : rows) {
                w[i] = Math.min(maxWidth, Math.max(w[i], cell(r.get(cols.get(i)), maxWidth).length()));
            }
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            head.append(pad(cols.get(i), w[i])).append(i + 1 < cols.size() ? "  " : "");
        }
        out.println(head.toString().stripTrailing());
        for (Map<String, Object> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                line.append(pad(cell(r.get(cols.get(i)), maxWidth), w[i])).append(i + 1 < cols.size() ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String cell(Object v, int maxWidth) {
        String s = text(v).replace('\n', ' ').replace('\r', ' ');
        return s.length() > maxWidth ? s.substring(0, maxWidth - 1) + "…" : s;
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** RFC 4180 CSV of rows. */
    public static void csv(PrintWriter out, List<Map<String, Object>> rows, List<String> header) {
        out.println(String.join(",", header.stream().map(Output::csvCell).toList()));
        csvRows(out, rows, header);
    }

    /** CSV lines of rows, without the header. */
    public static void csvRows(PrintWriter out, List<Map<String, Object>> rows, List<String> header) {
        for (Map<String, Object> r : rows) {
            out.println(String.join(",", header.stream().map(h -> csvCell(r.get(h) == null ? "" : text(r.get(h)))).toList()));
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}

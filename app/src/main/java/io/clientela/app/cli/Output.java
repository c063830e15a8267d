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
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue());
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toString().replace('T', ' ');
        }
        return v.toString();
    }

    /**
     * A number as a person writes it: at most 12 significant digits and 10 decimals, never in
     * scientific notation ({@code 2702.2200000000003} is 2702.22, {@code 1.1E-18} is 0); not a number is empty.
     */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        BigDecimal b = new BigDecimal(d).round(new java.math.MathContext(12, java.math.RoundingMode.HALF_EVEN));
        if (b.scale() > 10) {
            b = b.setScale(10, java.math.RoundingMode.HALF_EVEN);
        }
        b = b.stripTrailingZeros();
        return b.signum() == 0 ? "0" : b.toPlainString();
    }

    /** "50 of 1,405 cases" (or "3 cases" when all are shown). */
    public static String shown(long shown, long total, String noun) {
        return shown < total ? String.format("%,d of %,d %ss", shown, total, noun) : String.format("%,d %s%s", total, noun, total == 1 ? "" : "s");
    }

    /** A listing in the format asked for: an aligned table, CSV with {@code header} (also when empty), or JSON. */
    public static void listing(PrintWriter out, FormatOption.Kind kind, List<Map<String, Object>> rows, List<String> header, int maxWidth) {
        switch (kind) {
            case JSON -> out.println(json(rows));
            case CSV -> csv(out, rows, rows.isEmpty() ? header : new ArrayList<>(rows.get(0).keySet()));
            default -> table(out, rows, maxWidth);
        }
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

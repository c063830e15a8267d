package io.clientela.app.http;

import io.clientela.core.UnavailableException;
import io.clientela.store.RowSink;
import io.clientela.store.query.ListQuery;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A whole list written as CSV while the store streams it (RFC 4180, UTF-8, CRLF, a header row), as
 * an attachment named after the path, its header row the column labels or the names given for them.
 * Personal columns are masked when asked. The body is opened
 * only once the query runs, so a query that fails still answers a problem.
 */
final class Csv implements RowSink {
    private final Context ctx;
    private final boolean masking;
    private final SmallGroups groups;
    private final Map<String, String> headers;
    private List<String> labels;
    /** The column of the group size, -1 when nothing is withheld. */
    private int size = -1;
    private final StringBuilder line = new StringBuilder();
    private Writer out;
    private boolean[] masked;

    private Csv(Context ctx, boolean masking, SmallGroups groups, Map<String, String> headers) {
        this.ctx = ctx;
        this.masking = masking;
        this.groups = groups;
        this.headers = headers;
    }

    static void export(Call call, ListQuery q, String sort, String order, boolean masking, SmallGroups groups) {
        export(call, q, sort, order, masking, groups, Map.of());
    }

    /** The same, with the header row's names taken from {@code headers} (column label to name shown; a label not in it stays). */
    static void export(Call call, ListQuery q, String sort, String order, boolean masking, SmallGroups groups, Map<String, String> headers) {
        Context ctx = call.ctx();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ctx.path().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".csv\"");
        Csv csv = new Csv(ctx, masking, groups, headers);
        try {
            q.stream(call.c(), sort, order, csv);
        } catch (RuntimeException e) {
            csv.close(e);
            throw e;
        }
        csv.close(null);
    }

    @Override
    public void columns(List<String> labels) {
        out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        masked = new boolean[labels.size()];
        this.labels = labels;
        line.setLength(0);
        for (int i = 0; i < labels.size(); i++) {
            masked[i] = masking && ListQuery.PERSONAL_COLUMNS.contains(labels.get(i));
            line.append(i > 0 ? "," : "").append(cell(headers.getOrDefault(labels.get(i), labels.get(i))));
        }
        size = -1;
        for (String s : SmallGroups.SIZES) {
            if (size < 0 && groups.active() && labels.contains(s)) {
                size = labels.indexOf(s);
            }
        }
        if (size >= 0) {
            line.append(",suppressed");
        }
        write();
    }

    /** A cell of a withheld group: its size as "<5", its other figures empty, its coordinates and labels as they are. */
    private String withheld(int i, String v) {
        String label = labels.get(i);
        boolean number = v.matches("-?[0-9.Ee+-]+");
        if (!number || SmallGroups.DIMENSIONS.contains(label)) {
            return cell(v);
        }
        return SmallGroups.SIZES.contains(label) && Double.parseDouble(v) >= groups.min() ? v : SmallGroups.SIZES.contains(label) ? groups.below() : "";
    }

    @Override
    public void row(List<String> cells) {
        boolean small = size >= 0 && cells.get(size) != null && Double.parseDouble(cells.get(size)) < groups.min();
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            line.append(i > 0 ? "," : "").append(v == null ? "" : masked[i] ? Lists.MASK : small ? withheld(i, v) : cell(v));
        }
        if (size >= 0) {
            line.append(',').append(small ? groups.reason() : "");
        }
        write();
    }

    private void write() {
        try {
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw wentAway(e);
        }
    }

    /** Closes the body if it was opened; with {@code failure}, a failure to close is added to it instead of thrown. */
    private void close(RuntimeException failure) {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                throw wentAway(e);
            }
            failure.addSuppressed(e);
        }
    }

    private UnavailableException wentAway(IOException e) {
        return new UnavailableException("the client went away during the CSV export of " + ctx.path(), e);
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.Ee+-]+") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

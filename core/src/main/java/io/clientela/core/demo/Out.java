package io.clientela.core.demo;

import io.clientela.core.FaultException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One data file being written, row by row: CSV cells (quoted only when they must be, RFC 4180) or
 * JSON objects, one per line. Rows are assembled in a large buffer and counted.
 */
final class Out implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 18;
    private final Writer w;
    private final StringBuilder b = new StringBuilder(FLUSH_AT + 4096);
    private final char[] chunk = new char[FLUSH_AT + 4096];
    private long rows;
    private boolean rowStarted;
    private int lastRowStart = -1;
    private boolean closed;
    private final Json json = new Json(b);

    Out(Path path, String header) {
        try {
            w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(path), 1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot write " + path + ": " + e.getMessage(), e);
        }
        if (header != null) {
            b.append(header).append('\n');
        }
    }

    /** The buffer of the current row, for cells written by {@link Fmt}; call {@link #sep()} first. */
    StringBuilder sep() {
        if (!rowStarted) {
            startRow();
        } else {
            b.append(',');
        }
        return b;
    }

    Out cell(String s) {
        sep();
        if (s != null && !s.isEmpty()) {
            if (needsQuotes(s)) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        return this;
    }

    Out cell(long v) {
        sep().append(v);
        return this;
    }

    Out cell(boolean v) {
        sep().append(v);
        return this;
    }

    Out money(double v) {
        Fmt.money(sep(), v);
        return this;
    }

    Out fixed(double v, int places) {
        Fmt.fixed(sep(), v, places);
        return this;
    }

    Out timestamp(long epochSecond) {
        Fmt.timestamp(sep(), epochSecond);
        return this;
    }

    Out date(long epochDay) {
        Fmt.date(sep(), epochDay);
        return this;
    }

    /** Starts a JSON Lines row; finish it with {@link #end()}. */
    Json object() {
        startRow();
        json.open();
        return json;
    }

    void end() {
        if (json.depth() > 0) {
            json.close();
        }
        b.append('\n');
        rows++;
        rowStarted = false;
    }

    /** Writes the row just ended once more, byte for byte. */
    void repeatLastRow() {
        String last = b.substring(lastRowStart);
        startRow();
        b.append(last);
        rows++;
        rowStarted = false;
    }

    long rows() {
        return rows;
    }

    private void startRow() {
        if (b.length() >= FLUSH_AT) {
            flush();
        }
        lastRowStart = b.length();
        rowStarted = true;
    }

    static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
    }

    private void flush() {
        try {
            int n = b.length();
            char[] into = n <= chunk.length ? chunk : new char[n];
            b.getChars(0, n, into, 0);
            w.write(into, 0, n);
            b.setLength(0);
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (w) {
            flush();
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }
}

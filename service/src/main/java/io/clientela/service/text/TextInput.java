package io.clientela.service.text;

import io.clientela.analytics.voice.text.Utf8;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * Reads one text per line from a file or stdin as bytes, so invalid UTF-8 is replaced and counted
 * per line instead of failing the run; a trailing CR is dropped. Every line, empty ones included,
 * is handed on: one line in, one result out.
 */
public final class TextInput {
    private TextInput() {
    }

    public static void lines(Path file, InputStream stdin, ObjIntConsumer<Utf8.Decoded> each) {
        try (InputStream in = file == null || file.toString().equals("-") ? nonClosing(stdin) : Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            byte[] line = new byte[256];
            int len = 0;
            int lineNo = 0;
            boolean pending = false;
            for (int n; (n = in.read(buf)) >= 0; ) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    if (len == 0) {
                        each.accept(decode(buf, from, i), ++lineNo);
                    } else {
                        line = append(line, len, buf, from, i);
                        each.accept(decode(line, 0, len + i - from), ++lineNo);
                        len = 0;
                    }
                    from = i + 1;
                }
                if (from < n) {
                    line = append(line, len, buf, from, n);
                    len += n - from;
                }
                pending = len > 0;
            }
            if (pending) {
                each.accept(decode(line, 0, len), ++lineNo);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("input file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read " + (file == null ? "stdin" : file) + ": " + e.getMessage());
        }
    }

    /** {@code line} (holding {@code len} bytes) with {@code buf[from..to)} appended, grown when needed. */
    private static byte[] append(byte[] line, int len, byte[] buf, int from, int to) {
        int need = len + to - from;
        byte[] out = need <= line.length ? line : Arrays.copyOf(line, Math.max(need, line.length * 2));
        System.arraycopy(buf, from, out, len, to - from);
        return out;
    }

    /** The bytes {@code [from, to)} as text, a trailing CR dropped. */
    private static Utf8.Decoded decode(byte[] b, int from, int to) {
        int end = to > from && b[to - 1] == '\r' ? to - 1 : to;
        return Utf8.decode(b, from, end);
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}

package io.clientela.app.cli;

import io.clientela.analytics.voice.text.Utf8;
import io.clientela.core.UsageException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.ObjIntConsumer;

/**
 * Reads one text per line from a file or stdin as bytes, so invalid UTF-8 is replaced and counted
 * per line instead of failing the run; a trailing CR is dropped. Every line, empty ones included,
 * is handed on: one line in, one result out.
 */
final class TextInput {
    private TextInput() {
    }

    static void lines(Path file, InputStream stdin, ObjIntConsumer<Utf8.Decoded> each) {
        try (InputStream in = new BufferedInputStream(file == null || file.toString().equals("-") ? nonClosing(stdin) : Files.newInputStream(file),
                1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            int lineNo = 0;
            boolean pending = false;
            for (int b; (b = in.read()) >= 0; ) {
                if (b == '\n') {
                    each.accept(decode(line), ++lineNo);
                    line.reset();
                    pending = false;
                } else {
                    line.write(b);
                    pending = true;
                }
            }
            if (pending) {
                each.accept(decode(line), ++lineNo);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException("input file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read " + (file == null ? "stdin" : file) + ": " + e.getMessage());
        }
    }

    private static Utf8.Decoded decode(ByteArrayOutputStream line) {
        byte[] b = line.toByteArray();
        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return Utf8.decode(b, 0, n);
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}

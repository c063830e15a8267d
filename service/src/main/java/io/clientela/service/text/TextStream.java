package io.clientela.service.text;

import io.clientela.analytics.voice.text.Utf8;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams lines through a per-line function on several threads and writes the results in input
 * order: lines are read (by {@link TextInput}) into batches of {@value #BATCH}, each batch is turned
 * into one block of output lines on a worker, and the blocks are written, and flushed, in the order
 * the batches were read. At most {@code 2 × threads} batches are in flight, so memory stays bounded
 * however long the input.
 */
public final class TextStream {
    public static final int BATCH = 1024;

    /** One line's output (without the line break) for a decoded line and its 1-based number. */
    public interface Render {
        String line(Utf8.Decoded text, int line);
    }

    private TextStream() {
    }

    public static void run(Path file, InputStream stdin, int threads, Render render, PrintWriter out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "text-stream");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
        try {
            Utf8.Decoded[][] batch = {new Utf8.Decoded[BATCH]};
            int[] size = {0};
            int[] first = {1};
            TextInput.lines(file, stdin, (text, line) -> {
                if (size[0] == 0) {
                    first[0] = line;
                }
                batch[0][size[0]++] = text;
                if (size[0] == BATCH) {
                    inFlight.add(pool.submit(task(batch[0], size[0], first[0], render)));
                    batch[0] = new Utf8.Decoded[BATCH];
                    size[0] = 0;
                    while (inFlight.size() > 2 * threads) {
                        write(inFlight.poll(), out);
                    }
                }
            });
            if (size[0] > 0) {
                inFlight.add(pool.submit(task(batch[0], size[0], first[0], render)));
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.Callable<String> task(Utf8.Decoded[] texts, int n, int firstLine, Render render) {
        return () -> {
            StringBuilder b = new StringBuilder(n * 128);
            for (int i = 0; i < n; i++) {
                b.append(render.line(texts[i], firstLine + i)).append('\n');
            }
            return b.toString();
        };
    }

    private static void write(Future<String> block, PrintWriter out) {
        try {
            out.write(block.get());
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring lines", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of an import in progress leaves the store exactly as it was before that import. */
class CrashDuringImportTest {
    private static final int ROWS = 1_500_000;

    @TempDir
    Path tmp;

    @Test
    void killing_an_import_midway_leaves_the_store_as_before() throws Exception {
        Path ws = tmp.resolve("ws");
        Path mapping = tmp.resolve("lines.yaml");
        Files.writeString(mapping, """
                source: shop
                entity: order_lines
                fields: {order_id: o, product_id: p, quantity: q, unit_price: u, ordered_at: t, customer_id: c}
                """);
        Path small = tmp.resolve("small.csv");
        Files.writeString(small, "o,p,q,u,t,c\nX1,P1,1,2.50,2024-01-01 10:00:00,C1\n");
        Path big = tmp.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("o,p,q,u,t,c\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("O" + (i / 3) + ",P" + (i % 1000) + "," + (1 + i % 5) + "," + (i % 97) + ".25,2024-02-0" + (1 + i % 9)
                        + " 10:00:00,C" + (i % 50_000) + "\n");
            }
        }
        assertThat(run(ws, mapping, small).waitFor(120, TimeUnit.SECONDS)).isTrue();

        Process importing = run(ws, mapping, big);
        Path lock = ws.resolve("clientela.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(lock) || !Files.readString(lock).contains("pid " + importing.pid())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(1500);
        boolean killedMidway = importing.isAlive();
        importing.destroyForcibly();
        importing.waitFor(30, TimeUnit.SECONDS);

        try (Workspace after = Workspace.open(ws, "test")) {
            long lines = Db.queryLong(after.connection(), "SELECT count(*) FROM order_lines");
            long imports = Db.queryLong(after.connection(), "SELECT count(*) FROM imports");
            long customers = Db.queryLong(after.connection(), "SELECT count(*) FROM customer_records");
            if (killedMidway) {
                assertThat(lines).isEqualTo(1);
                assertThat(imports).isEqualTo(1);
                assertThat(customers).isEqualTo(1);
            } else {
                assertThat(lines).isEqualTo(1 + ROWS);
                assertThat(imports).isEqualTo(2);
            }
        }
    }

    private static Process run(Path ws, Path mapping, Path file) throws Exception {
        return new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "import", "--workspace", ws.toString(), "--mapping",
                mapping.toString(), file.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}

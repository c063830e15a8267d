package io.clientela.ingest;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import io.clientela.store.profiles.ProfileRefresher;
import io.clientela.store.profiles.Profiles;
import io.clientela.store.profiles.SurvivorshipPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fresh real workspace per test, and helpers to write small source files and mappings. */
final class Fixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    final Path dir;
    final Workspace workspace;

    Fixture(Path dir) {
        this.dir = dir;
        this.workspace = Workspace.open(dir.resolve("ws"), "test");
    }

    Importer importer() {
        return importer(new Profiles(SurvivorshipPolicy.DEFAULT, "GB"));
    }

    Importer importer(ProfileRefresher refresher) {
        return new Importer(workspace, Rules.defaults(), refresher, CLOCK);
    }

    Path file(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Mapping mapping(String yaml) {
        return new MappingReader().parse(yaml, "test.yaml", "test");
    }

    long count(String table) {
        return Db.queryLong(workspace.connection(), "SELECT count(*) FROM " + table);
    }

    ImportReport load(String mappingYaml, Path file) {
        return importer().importFile(mapping(mappingYaml), file, ImportListener.NONE);
    }

    static final String ORDER_LINES = """
            source: shop
            entity: order_lines
            fields:
              order_id: order
              product_id: sku
              quantity: qty
              unit_price: price
              ordered_at: at
              customer_id: customer
            """;

    @Override
    public void close() {
        workspace.close();
    }
}

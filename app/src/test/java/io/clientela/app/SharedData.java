package io.clientela.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the public reference data sets are: {@code ../shared/data} beside the clone, when present. */
final class SharedData {
    static final String MISSING = "skipped: ../shared/data (the public reference data sets) is not beside this clone";

    private SharedData() {
    }

    static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static Path dir() {
        String p = System.getProperty("clientela.shared.data");
        Path path = p == null ? repo().resolve("../shared/data") : Path.of(p);
        return Files.isDirectory(path) ? path.normalize() : null;
    }

    static Path file(String relative) {
        Path d = dir();
        return d == null || !Files.exists(d.resolve(relative)) ? null : d.resolve(relative);
    }
}

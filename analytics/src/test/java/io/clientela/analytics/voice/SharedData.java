package io.clientela.analytics.voice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code ../shared/data} folder named by the {@code clientela.shared.data} system property; tests skip without it. */
public final class SharedData {
    private SharedData() {
    }

    /** The folder, or a skipped test saying why. */
    public static Path require(String relative) {
        String prop = System.getProperty("clientela.shared.data");
        assumeTrue(prop != null, "system property clientela.shared.data is not set; skipping the reference-data test");
        Path p = Path.of(prop);
        assumeTrue(Files.exists(p.resolve(relative)), p.resolve(relative) + " is absent; skipping the reference-data test");
        return p;
    }
}

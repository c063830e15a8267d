package io.clientela.analytics.value.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW 1/10 sample (2,357 customers, weeks, calibration to 1997-09-30) as in the papers:
 * ID, x, t_x, T, zbar (mean repeat spend). Read from the committed test resource, a copy of the
 * lifetimes project's file (MIT; data © Fader and Hardie, see NOTICE); without it, from
 * {@code cdnow/} under the directory in system property {@code clientela.shared.data}; without
 * either, the calling test is skipped with a message saying so.
 */
final class CdnowSample {
    static final String FILE = "cdnow_customers_summary_with_transactions.csv";

    private CdnowSample() {
    }

    static List<RfmSummary> customers() {
        return parse(text());
    }

    /** The shared reference file itself, whether or not a test resource exists; skips the test when it is absent. */
    static List<RfmSummary> sharedCustomers() {
        Path shared = sharedFile();
        assumeTrue(shared != null && Files.isRegularFile(shared),
                () -> "skipped: no shared reference file " + shared + " (system property clientela.shared.data)");
        try {
            return parse(Files.readString(shared, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RfmSummary> parse(String text) {
        List<RfmSummary> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].trim().split(",");
            out.add(new RfmSummary(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), 1));
        }
        return out;
    }

    /** The sample as the fitting methods take it: x, t_x, T, weight per customer. */
    static double[] histories() {
        return Histories.flatten(customers());
    }

    /** The shared reference file, or null when the system property is not set. */
    static Path sharedFile() {
        String dir = System.getProperty("clientela.shared.data");
        return dir == null ? null : Path.of(dir, "cdnow", FILE);
    }

    private static String text() {
        try (InputStream in = CdnowSample.class.getResourceAsStream(FILE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path shared = sharedFile();
            assumeTrue(shared != null && Files.isRegularFile(shared),
                    () -> "skipped: CDNOW summary not found: no test resource " + FILE + " and no file " + shared
                            + " (system property clientela.shared.data)");
            return Files.readString(shared, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.clientela.core.demo;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Writes the demo company "Casa Nova" into a folder: twelve data files (CSV with a header, or JSON
 * Lines) and beside each the mapping that imports it, in the order they must be imported. The same
 * {@link DemoSpec} always writes byte-identical files; nothing reads the clock.
 *
 * <pre>{@code
 * DemoManifest m = DemoCompany.write(dir, DemoSpec.defaults(LocalDate.of(2026, 10, 31)), n -> bar.stepTo(n));
 * for (DemoManifest.Entry e : m.files()) importer.importFile(mappings.read(e.mapping()), e.data());
 * }</pre>
 */
public final class DemoCompany {
    private DemoCompany() {
    }

    /** {@link #write(Path, DemoSpec, LongConsumer)} without progress. */
    public static DemoManifest write(Path dir, DemoSpec spec) {
        return write(dir, spec, n -> { });
    }

    /**
     * Writes every file for {@code spec} into {@code dir} (created if missing; files of the same
     * names are replaced). {@code progress} hears how many customers are written so far, at least
     * every 1,000 customers and once at the end.
     *
     * @throws io.clientela.core.FaultException when the folder or a file cannot be written
     */
    public static DemoManifest write(Path dir, DemoSpec spec, LongConsumer progress) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FaultException("cannot create the demo folder " + dir + ": " + e.getMessage(), e);
        }
        Plan plan = new Plan(spec);
        List<DemoManifest.Entry> entries = new ArrayList<>();
        List<String> bad;
        try (Generation run = new Generation(plan, dir)) {
            run.writeReferenceData();
            for (int i = 0; i < spec.customers(); i++) {
                run.writeCustomer(i);
                if ((i + 1) % 1000 == 0 || i + 1 == spec.customers()) {
                    progress.accept(i + 1);
                }
            }
            run.writeTargets();
            run.close();
            for (DemoFile f : DemoFile.values()) {
                Path mapping = dir.resolve(f.mappingName());
                write(mapping, f.mapping());
                entries.add(new DemoManifest.Entry(mapping, dir.resolve(f.fileName), f.entity, run.rows(f)));
            }
            bad = run.sprinkle.written();
        }
        return new DemoManifest(spec, entries, Planted.describe(plan), bad);
    }

    /** Where the example action rules live on the class path: the same text as examples/rules/casa-nova.yaml. */
    public static final String RULES_RESOURCE = "casa-nova-rules.yaml";

    /**
     * The example action rule file of the demo company (routing to the demo's service agent, e-mails
     * kept in the workspace's outbox), as text.
     */
    public static String exampleRules() {
        try (java.io.InputStream in = DemoCompany.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new io.clientela.core.FaultException("the demo's rule file " + RULES_RESOURCE + " is missing from the program", null);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new io.clientela.core.FaultException("cannot read the demo's rule file: " + e.getMessage(), e);
        }
    }

    /** Units of each demo currency per US dollar, as the generator prices with; the demo workspace's clientela.yaml uses them. */
    public static java.util.Map<String, Double> exchangeRatesPerUsd() {
        java.util.Map<String, Double> rates = new java.util.TreeMap<>();
        for (Country c : Countries.ALL) {
            if (!c.currency().equals("USD")) {
                rates.put(c.currency(), c.perUsd());
            }
        }
        return rates;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

package io.clientela.core.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A company generated for a test class, with its files read back on demand. */
final class Generated {
    static final LocalDate END = LocalDate.of(2026, 10, 31);
    final DemoSpec spec;
    final Path dir;
    final DemoManifest manifest;
    private final Map<DemoFile, Csv> csv = new EnumMap<>(DemoFile.class);
    private final Map<DemoFile, List<Map<String, Object>>> json = new EnumMap<>(DemoFile.class);

    private Generated(DemoSpec spec, Path dir, DemoManifest manifest) {
        this.spec = spec;
        this.dir = dir;
        this.manifest = manifest;
    }

    static Generated write(Path dir, DemoSpec spec) {
        return new Generated(spec, dir, DemoCompany.write(dir, spec));
    }

    /** The default company's seed and window with {@code customers} customers. */
    static DemoSpec spec(int customers) {
        return new DemoSpec(DemoSpec.DEFAULT_SEED, customers, END, DemoSpec.DEFAULT_MONTHS);
    }

    Csv csv(DemoFile f) {
        return csv.computeIfAbsent(f, k -> {
            try {
                return Csv.read(dir.resolve(k.fileName));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<Map<String, String>> rows(DemoFile f) {
        return csv(f).maps();
    }

    List<Map<String, Object>> json(DemoFile f) {
        return json.computeIfAbsent(f, k -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String line : lines(k)) {
                out.add(JsonLine.object(line));
            }
            return out;
        });
    }

    List<String> lines(DemoFile f) {
        try {
            return Files.readAllLines(dir.resolve(f.fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rowsInManifest(DemoFile f) {
        return manifest.files().stream().filter(e -> e.data().getFileName().toString().equals(f.fileName)).findFirst().orElseThrow().rows();
    }
}

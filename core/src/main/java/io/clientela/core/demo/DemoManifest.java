package io.clientela.core.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What the generator wrote: the files in import order with their mappings, the patterns planted in
 * them, and how many rows are deliberately bad (to be quarantined).
 */
public record DemoManifest(List<Entry> files, List<String> planted, int deliberatelyBadRows) {

    public DemoManifest {
        files = List.copyOf(files);
        planted = List.copyOf(planted);
    }

    public long rows() {
        return files.stream().mapToLong(Entry::rows).sum();
    }

    /** One data file and the mapping that imports it. */
    public record Entry(Path mapping, Path data, String entity, long rows) {
    }
}

package io.clientela.core.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the generator wrote: the spec it came from, the data files in import order with the mapping
 * beside each, the patterns planted for the analyses to find, and the rows that are deliberately bad
 * (each one described), so an import of these files should quarantine exactly
 * {@link #deliberatelyBadRows()} rows.
 */
public record DemoManifest(DemoSpec spec, List<Entry> files, List<String> planted, List<String> badRows) {

    public DemoManifest {
        Objects.requireNonNull(spec, "spec");
        files = List.copyOf(files);
        planted = List.copyOf(planted);
        badRows = List.copyOf(badRows);
    }

    /** Rows written across all files, bad ones included. */
    public long rows() {
        return files.stream().mapToLong(Entry::rows).sum();
    }

    /** How many rows an import should quarantine: one per entry of {@link #badRows()}. */
    public int deliberatelyBadRows() {
        return badRows.size();
    }

    /**
     * One data file and the mapping that imports it.
     *
     * @param mapping the mapping YAML written beside the data
     * @param data    the data file (CSV with a header, or JSON Lines)
     * @param entity  the canonical entity its rows become
     * @param rows    data rows written (header excluded)
     */
    public record Entry(Path mapping, Path data, String entity, long rows) {
        public Entry {
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(data, "data");
            if (rows < 0) {
                throw new IllegalArgumentException("rows must not be negative, not " + rows);
            }
        }
    }
}

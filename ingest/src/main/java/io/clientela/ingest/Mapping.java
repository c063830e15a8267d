package io.clientela.ingest;

import java.util.List;
import java.util.Map;

/**
 * A parsed, checked import mapping: which source system and entity, how to read the file, how each
 * canonical field is filled. Build with {@link MappingReader}.
 */
public record Mapping(
        String name,
        String source,
        Entity entity,
        String format,
        String delimiter,
        String quote,
        boolean header,
        List<String> columns,
        String encoding,
        String timestampFormat,
        String dateFormat,
        char decimalSeparator,
        String timezone,
        boolean keepDuplicates,
        Map<String, FieldSpec> fields,
        Map<String, String> attributes,
        String sha256) {

    /** The file format for a path: the mapping's own, else from the extension. */
    public String formatFor(String fileName) {
        if (format != null) {
            return format;
        }
        String f = fileName.toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".parquet")) {
            return "parquet";
        }
        if (f.endsWith(".jsonl") || f.endsWith(".ndjson") || f.endsWith(".jsonl.gz") || f.endsWith(".ndjson.gz")) {
            return "jsonl";
        }
        return "csv";
    }

    /** Whether columns are separated by runs of spaces and tabs, as in fixed-width-looking text files. */
    public boolean whitespaceDelimited() {
        return "whitespace".equals(delimiter);
    }
}

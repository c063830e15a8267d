package io.clientela.ingest.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.ingest.BatchItem;
import io.clientela.ingest.QuickCheck;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A batch as queued for the writer: its rows, their values taken out of the JSON and checked (on
 * the sender's thread, by {@link #prepare}, so the one writer thread only writes), the fingerprints
 * of their ids, and the future that answers the sender.
 */
record Submission(Kind kind, String source, String origin, List<Row> rows, List<List<String>> values, List<Object[]> typed,
                  long[] fingerprints, CompletableFuture<Receipt> future) {

    static Submission prepare(Kind kind, String source, String origin, List<Row> rows, List<String> columns, QuickCheck check) {
        int n = rows.size();
        List<List<String>> values = new ArrayList<>(n);
        List<Object[]> typed = new ArrayList<>(n);
        long[] fingerprints = new long[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            List<String> texts = null;
            Object[] clean = null;
            if (r.node().isObject() && r.broken() == null) {
                texts = new ArrayList<>(columns.size());
                BitSet containers = new BitSet();
                for (String c : columns) {
                    JsonNode v = r.node().get(c);
                    if (v != null && v.isContainerNode()) {
                        containers.set(texts.size());
                    }
                    texts.add(text(v));
                }
                clean = check == null ? null : check.typed(texts, containers);
            }
            values.add(texts);
            typed.add(clean);
            fingerprints[i] = r.id() == null || r.broken() != null ? 0 : KnownIds.fingerprint(kind, source, r.id());
            warmHashes(r, clean);
        }
        return new Submission(kind, source, origin, List.copyOf(rows), Collections.unmodifiableList(values), Collections.unmodifiableList(typed),
                fingerprints, new CompletableFuture<>());
    }

    /**
     * Computes the hash codes of the strings the writer looks up (ids, customer keys, anonymous ids)
     * here, on the sender's thread: a string keeps its hash, and the one writer thread is the
     * collector's bottleneck.
     */
    private static void warmHashes(Row r, Object[] typed) {
        if (r.id() != null) {
            r.id().hashCode();
        }
        if (typed != null) {
            for (Object v : typed) {
                if (v instanceof String s) {
                    s.hashCode();
                }
            }
        }
    }

    /** A JSON value as DuckDB's json_extract_string gives it: strings as they are, containers as JSON text, null as null. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The rows as the SQL path takes them (made only when a batch goes that way: the JSON text is for the quarantine). */
    List<BatchItem> items() {
        List<BatchItem> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new BatchItem(origin, rows.get(i).item(), rows.get(i).node().toString(), values.get(i), rows.get(i).broken()));
        }
        return out;
    }
}

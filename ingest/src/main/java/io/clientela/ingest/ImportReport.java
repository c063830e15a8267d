package io.clientela.ingest;

import java.util.Map;

/**
 * What one file's import did. {@code rowsRead = accepted + unchanged + quarantined} always holds:
 * every row of the file is accounted for.
 *
 * @param status     {@code imported}, or {@code already imported} when the same file went in before
 * @param accepted   rows that added or updated data
 * @param unchanged  valid rows whose data the store already held (same ids)
 * @param byReason   quarantined rows per reason, e.g. "duplicate row" or "unit_price: below the minimum 0"
 */
public record ImportReport(String file, String mapping, String entity, String source, long importId, String status,
                           long rowsRead, long accepted, long unchanged, long quarantined, Map<String, Long> byReason,
                           double seconds) {

    public ImportReport {
        byReason = Map.copyOf(byReason);
        if (rowsRead != accepted + unchanged + quarantined) {
            throw new IllegalStateException("import of " + file + " does not account for every row: read " + rowsRead
                    + ", accepted " + accepted + ", unchanged " + unchanged + ", quarantined " + quarantined);
        }
    }

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }
}

/**
 * Imports: a {@link io.clientela.ingest.Mapping} says how a source file (CSV, JSON Lines, Parquet,
 * whitespace-separated text or baskets) becomes one canonical {@link io.clientela.ingest.Entity};
 * {@link io.clientela.ingest.Rules} say what a valid value is. The {@link io.clientela.ingest.Importer}
 * stages the file in DuckDB as text, types and checks every field in one SQL pass, quarantines
 * each rejected row with file, row, field, value and reason, writes the rest with set-based SQL and
 * resolves identities, all in one transaction per file.
 */
package io.clientela.ingest;

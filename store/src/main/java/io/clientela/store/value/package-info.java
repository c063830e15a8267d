/**
 * Customer-value analyses in the workspace: per-customer purchase histories aggregated in DuckDB, the
 * stored runs and their results, and the value pages' read queries ({@link
 * io.clientela.store.value.ValueRuns}, {@link io.clientela.store.value.ValueQueries}).
 */
package io.clientela.store.value;

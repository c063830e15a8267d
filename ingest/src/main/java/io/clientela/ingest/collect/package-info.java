/**
 * The collector: items sent over HTTP (events, feedback, orders) are queued, written by one writer
 * thread in group commits through the same field rules as file imports
 * ({@link io.clientela.ingest.BatchImporter}), and acknowledged only once committed. The queue is
 * bounded in items: when it is full, {@link io.clientela.ingest.collect.CollectorBusyException} tells
 * the sender to retry later. After each commit the {@link io.clientela.ingest.collect.CollectedItems}
 * listener hears what was stored. Before a batch is queued, {@link io.clientela.ingest.collect.BatchJson}
 * reads its body under explicit parser limits and {@code Intake} takes secrets out of page addresses
 * and marks the rows that break an item limit ({@code ItemLimits}), which are then quarantined.
 * Values are bound or appended, never written into SQL text. Knows nothing of HTTP.
 */
package io.clientela.ingest.collect;

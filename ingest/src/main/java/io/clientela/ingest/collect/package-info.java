/**
 * The collector: items sent over HTTP (events, feedback, orders) are queued, written by one writer
 * thread in group commits through the same field rules as file imports
 * ({@link io.clientela.ingest.BatchImporter}), and acknowledged only once committed. The queue is
 * bounded in items: when it is full, {@link io.clientela.ingest.collect.CollectorBusyException} tells
 * the sender to retry later. After each commit the {@link io.clientela.ingest.collect.CollectedItems}
 * listener hears what was stored. Knows nothing of HTTP.
 */
package io.clientela.ingest.collect;

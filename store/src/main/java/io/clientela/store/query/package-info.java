/**
 * The read side shared by the dashboard's pages and lists: a {@link io.clientela.store.query.ListQuery}
 * answers one {@link io.clientela.store.query.Page} at a time for a {@link io.clientela.store.query.PageRequest}
 * or streams every row for an export; {@link io.clientela.store.query.CustomerFilter} is the shared
 * filters and {@link io.clientela.store.query.AgentScope} what an agent may see, both as SQL conditions
 * with bound parameters. The per-feature queries ({@code store.overview}, {@code store.value},
 * {@code store.voice}, {@code store.segments}, {@code store.data}, {@code store.customers}) build on them.
 */
package io.clientela.store.query;

/** Read side for customer-value analyses: per-customer purchase histories aggregated in DuckDB. */
package io.clientela.store.value;

/**
 * The embedded workspace: one DuckDB database file in a folder, opened by one process at a time
 * (a lock file names the holder), its schema created and migrated on open by numbered SQL
 * migrations, and refused when a newer Clientela wrote it.
 */
package io.clientela.store;

/** Reading the quarantine, where every rejected row is kept with its file, row, field, value and reason (ingest writes it). */
package io.clientela.store.quarantine;

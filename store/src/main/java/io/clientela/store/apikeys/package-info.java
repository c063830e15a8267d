/** The {@code api_keys} table: rows of the keys machines and trackers use, each with only a hash of its secret. */
package io.clientela.store.apikeys;

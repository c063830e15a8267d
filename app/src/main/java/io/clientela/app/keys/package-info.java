/**
 * API keys for machines and trackers: {@code write} keys may only send data to the collector (what a
 * web page can safely carry), {@code read} keys may only read, {@code admin} keys may do both and
 * manage keys. A key is shown once when created; the store keeps only a SHA-256 of its secret.
 */
package io.clientela.app.keys;

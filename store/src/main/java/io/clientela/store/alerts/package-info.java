/**
 * The tables of alerts: {@code alerts} and the {@code deliveries} of each (one per channel, with
 * attempts and the last error). SQL only; routing, the alert's status rules and the sending are the
 * action module's.
 */
package io.clientela.store.alerts;

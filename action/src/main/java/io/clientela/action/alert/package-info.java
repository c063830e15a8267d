/**
 * Alerts: routing to the right owner or team ({@link io.clientela.action.alert.Routing}), the stored
 * alert with one delivery per channel, and the {@link io.clientela.action.alert.Dispatcher} that
 * sends them by e-mail (SMTP, Angus Mail) and webhook (Slack-compatible JSON), retrying with
 * exponential back-off and recording every failure on the alert.
 */
package io.clientela.action.alert;

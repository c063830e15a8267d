/**
 * Logging through Logback, set up by {@code logback.xml} (console on stderr, and an access log and an
 * error log in the workspace's {@code logs} folder) and adjusted by {@link io.clientela.app.logging.Logs}
 * once the workspace's {@code clientela.yaml} is read: levels, the access log on or off, the folder.
 * Nothing personal is written: the access log has method, path, status and time only, and
 * {@link io.clientela.app.logging.MaskedMessage} and {@link io.clientela.app.logging.MaskedThrowable}
 * mask the values that messages and exceptions quote.
 */
package io.clientela.app.logging;

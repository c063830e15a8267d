/**
 * The command line (picocli): one class per command, HTTP-free and SQL-free; each turns options into
 * a call on the services wired in {@link io.clientela.app.App} and prints text or, with
 * {@code --json}, JSON. Errors become one line on stderr and an exit code: 1 for data or validation
 * failures, 2 for usage errors.
 */
package io.clientela.app.cli;

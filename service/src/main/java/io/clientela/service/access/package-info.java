/**
 * Who may do what: dashboard users (PBKDF2 password hashes), their sessions and CSRF tokens, API keys
 * for machines (SHA-256 of random secrets), the one {@link io.clientela.service.access.Role} type of
 * both, the password policy, the brute-force guard on logins (kept in the workspace), and the audit log. The HTTP layer admits requests with
 * these; the SQL is in {@code store.access}.
 */
package io.clientela.service.access;

/**
 * Users, roles, login, sessions, CSRF and the audit log of the dashboard and REST API. {@link
 * io.clientela.app.auth.Auth#install} registers the login routes and the filter that resolves a
 * session cookie; other route groups call {@link io.clientela.app.auth.Auth#require} to admit a role.
 */
package io.clientela.app.auth;

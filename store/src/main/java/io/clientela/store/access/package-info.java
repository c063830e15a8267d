/**
 * The tables of access control: users (with password hashes), sessions (by token hash), API keys
 * (by secret hash), the login guard's attempts (by key hash) and the audit log. SQL only; hashing,
 * checking, counting and roles are the service's.
 */
package io.clientela.store.access;

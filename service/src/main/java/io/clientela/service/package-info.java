/**
 * The use cases the command line and the HTTP server share, one package per capability: value and
 * voice runs, the rules in force, privacy requests, users, sessions and keys. No picocli, no Javalin:
 * they take and return plain values and records, and throw the core exception family.
 */
package io.clientela.service;

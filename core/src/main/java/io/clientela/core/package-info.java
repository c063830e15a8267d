/**
 * Clientela's core: the exception family, domain values, identity resolution ({@code identity})
 * and the seeded demo-company generator ({@code demo}). JDK only; no I/O beyond what a caller
 * asks for and no wall clock.
 */
package io.clientela.core;

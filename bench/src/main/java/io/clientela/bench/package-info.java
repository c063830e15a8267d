/**
 * The benchmarks behind {@code clientela bench ...} (the launcher runs this module's jar): each
 * prints its own figures, for docs/benchmarks.md. Not part of the application: the synthetic data
 * builders, GreenMail and JMH live here only. No test asserts a speed.
 */
package io.clientela.bench;

/**
 * Background jobs of a running server: analyses started from the dashboard or the REST API run on a
 * thread (and a database connection) of their own, one at a time per kind, and report their state and
 * progress ({@link io.clientela.service.jobs.Job}) until they finish with a run id or an error message.
 */
package io.clientela.service.jobs;

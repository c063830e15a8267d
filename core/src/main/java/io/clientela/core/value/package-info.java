/**
 * Customer-value records shared by the store, which assembles them, and the analyses, which read
 * them: the per-customer inputs held column by column, and the time frame of a value run.
 */
package io.clientela.core.value;

/** The customer-value pipeline: store aggregates in, analytics in the middle, a stored run out. */
package io.clientela.app.value;

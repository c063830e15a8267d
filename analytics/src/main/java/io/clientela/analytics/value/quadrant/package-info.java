/**
 * The satisfaction × revenue quadrant: customers with a satisfaction index placed against their
 * revenue, giving model (high/high), growing (high satisfaction, low revenue), at-risk (low
 * satisfaction, high revenue) and precarious (low/low) customers. Customers without feedback are
 * their own group and are never guessed into a quadrant.
 */
package io.clientela.analytics.value.quadrant;

/**
 * Segments and the segment builder: the RFM segments of a value run with their sizes, and a targeted
 * campaign list ({@link io.clientela.store.segments.Audience}) that holds only customers who
 * consented to the chosen contact channel.
 */
package io.clientela.store.segments;

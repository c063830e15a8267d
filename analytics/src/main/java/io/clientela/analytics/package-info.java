/** Clientela's analyses: they take data in and return result records with provenance; they never write to the store. */
package io.clientela.analytics;

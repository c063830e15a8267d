/**
 * Voice of the customer: what customers write and how they feel. Pure analysis, text in and results
 * with provenance out; nothing here writes to the store. {@code text} cleans, detects the language
 * of and tokenises a response; {@code sentiment} scores it; {@code terms} finds frequent and emerging
 * terms and matches a theme taxonomy.
 */
package io.clientela.analytics.voice;

/**
 * Terms and themes: the theme taxonomy ({@link io.clientela.analytics.voice.terms.Taxonomy}, theme →
 * keywords per language, matched on analysed terms), frequent terms and n-grams
 * ({@link io.clientela.analytics.voice.terms.TermCounts}) and terms emerging between two periods by
 * Dunning's log-likelihood test ({@link io.clientela.analytics.voice.terms.EmergingTerms}).
 */
package io.clientela.analytics.voice.terms;

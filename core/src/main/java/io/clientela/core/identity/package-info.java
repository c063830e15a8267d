/**
 * Identity resolution as pure functions: deterministic, rule-based matching of customer records on
 * normalised identifiers (e-mail, phone in E.164, and per-source external id), transitive across
 * sources (union-find), in the spirit of Apache Unomi's profile merge on identifiers. No fuzzy
 * matching: a link is only made when an identifier is equal after normalisation, so every merge can
 * be explained by one shared value and undone by suppressing that link.
 */
package io.clientela.core.identity;

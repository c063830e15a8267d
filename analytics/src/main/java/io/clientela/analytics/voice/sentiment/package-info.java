/**
 * Sentiment of responses and sentences: a score in [-1, 1] and a label. {@link
 * io.clientela.analytics.voice.sentiment.RuleScorer} is VADER's rule set (Hutto & Gilbert 2014)
 * generalised to four languages: lexicon valences, negation, boosters and dampeners, ALL-CAPS,
 * exclamation marks, contrast ("but", "pero", "但是", "de") and emoji. {@link
 * io.clientela.analytics.voice.sentiment.LinearModel} is a logistic regression on hashed n-grams
 * plus the rule score, trained by {@link io.clientela.analytics.voice.sentiment.Trainer} on labelled
 * responses; where a model is given for a language it decides, otherwise the rules do. See
 * docs/quality.md for what is bundled, what is trained on what, and the measured accuracy.
 */
package io.clientela.analytics.voice.sentiment;

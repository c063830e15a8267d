/**
 * The text pipeline shared by sentiment and terms: invalid UTF-8 replaced and counted
 * ({@link io.clientela.analytics.voice.text.Utf8}), HTML stripped and long texts bounded
 * ({@link io.clientela.analytics.voice.text.Cleaner}), language detected
 * ({@link io.clientela.analytics.voice.text.LanguageDetector}) and terms produced by the Lucene
 * analyzer of the language ({@link io.clientela.analytics.voice.text.Tokenizer}).
 */
package io.clientela.analytics.voice.text;

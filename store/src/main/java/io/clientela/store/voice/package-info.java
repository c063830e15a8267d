/**
 * Voice of the customer in the workspace: the feedback responses to analyse ({@link
 * io.clientela.store.voice.FeedbackResponses}), the stored results of {@code analyze voice} runs
 * ({@link io.clientela.store.voice.VoiceResults}), including each customer's feedback with its
 * sentiment for {@code customer show}, and the voice pages' read queries ({@link
 * io.clientela.store.voice.VoiceQueries}).
 */
package io.clientela.store.voice;

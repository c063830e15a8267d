/**
 * Voice of the customer in the workspace: the feedback responses to analyse ({@link
 * io.clientela.store.voice.FeedbackResponses}) and the stored results of {@code analyze voice} runs
 * ({@link io.clientela.store.voice.VoiceResults}), including each customer's feedback with its
 * sentiment for {@code customer show}.
 */
package io.clientela.store.voice;

package io.clientela.core.voice;

import java.time.LocalDateTime;
import java.util.Map;

/** One feedback response as stored, with its customer's country and RFM segment (of the latest value run); scores, text, ratings (attribute to its numeric rating; null without ratings) and country may be missing. */
public record FeedbackResponse(String source, String feedbackId, Long customerId, LocalDateTime respondedAt, String survey, String touchpoint,
                       String channel, String productId, Integer nps, Integer csat, Integer ces, String text, String language, Map<String, Double> ratings, String country,
                       String segment) {
}

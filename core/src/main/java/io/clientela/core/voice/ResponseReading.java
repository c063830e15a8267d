package io.clientela.core.voice;

import java.time.LocalDateTime;
import java.util.List;

/** What one run found about one feedback response, with the response's time and NPS answer (for the voice pages). */
public record ResponseReading(String source, String feedbackId, Long customerId, String language, String languageSource, String givenLanguage,
                  Double sentiment, String label, String method, List<String> themes, boolean empty, boolean truncated,
                  boolean htmlStripped, boolean mixed, int invalidUtf8, LocalDateTime respondedAt, Integer nps) {
    public ResponseReading {
        if (source == null || feedbackId == null || language == null || languageSource == null) {
            throw new IllegalArgumentException("source, feedbackId, language and languageSource must not be null");
        }
        themes = List.copyOf(themes);
    }
}

package io.clientela.store.voice;

import io.clientela.core.voice.FeedbackResponse;
import io.clientela.store.Handle;
import io.clientela.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the feedback table: every response, rated or not, with or without text. */
public final class FeedbackResponses {
    private FeedbackResponses() {
    }


    /** Responses given from {@code from} to {@code to} (inclusive; either may be null), oldest first. */
    public static List<FeedbackResponse> read(Handle h, LocalDate from, LocalDate to) {
        Connection c = h.connection();
        String sql = """
                SELECT f.source, f.feedback_id, f.customer_id, f.responded_at, f.survey, f.touchpoint, f.channel, f.product_id, f.nps, f.csat,
                       f.ces, f.text, f.language, CAST(f.ratings AS VARCHAR), c.country, s.rfm_segment
                FROM feedback f LEFT JOIN customers c ON c.customer_id = f.customer_id
                LEFT JOIN (SELECT customer_id, rfm_segment FROM customer_values
                           WHERE run_id = (SELECT max(run_id) FROM analysis_runs WHERE list_contains(analyses, 'rfm'))) s
                       ON s.customer_id = f.customer_id
                WHERE (? IS NULL OR CAST(responded_at AS DATE) >= ?) AND (? IS NULL OR CAST(responded_at AS DATE) <= ?)
                ORDER BY f.responded_at, f.source, f.feedback_id""";
        List<FeedbackResponse> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FeedbackResponse(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                            rs.getObject(4, LocalDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), rs.getObject(11, Integer.class), rs.getString(12),
                            rs.getString(13), ratings(rs.getString(14)), rs.getString(15), rs.getString(16)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
        return out;
    }

    /** The numeric ratings of a stored ratings object (others are left out); null without one, or when it is not a JSON object. */
    private static java.util.Map<String, Double> ratings(String json) {
        if (json == null) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode n;
        try {
            n = io.clientela.store.Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
        if (!n.isObject()) {
            return null;
        }
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        n.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return out;
    }
}

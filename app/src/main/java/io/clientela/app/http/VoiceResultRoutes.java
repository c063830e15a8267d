package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.access.Role;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.voice.VoiceQueries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a voice run stored that SQL cannot recount cheaply: the frequent and emerging terms (Lucene
 * analysis of every text) and the key-driver matrices (LMG importance with bootstrap intervals).
 * Terms follow the period (summed from the months it covers) and the language; the other filters
 * do not apply to them and are named in {@code not_applied}.
 */
final class VoiceResultRoutes {
    private static final List<String> CUSTOMER_FILTERS = List.of("country", "region", "channel", "segment", "abc", "quadrant");

    private VoiceResultRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/voice/terms", Role.ALL, "Most frequent terms and key phrases per language (over the run, or summed over the months of "
                + "from/to), and the terms emerging in the run's last month (G2 test, BH-adjusted)", VoiceRoutes.with("language", "limit"), false, false,
                VoiceResultRoutes::terms);
        api.get("/api/v1/voice/drivers", Role.ALL, "Key-driver matrices of the run: per survey, the attribute ratings and themes that move its "
                + "NPS/CSAT/CES, importance (LMG, 95% interval) x performance, with the quadrant lines at their means", List.of("run"), false, false,
                VoiceResultRoutes::drivers);
    }

    private static List<String> notApplied(Call call) {
        return CUSTOMER_FILTERS.stream().filter(f -> !Params.list(call.ctx(), f).isEmpty()).toList();
    }

    private static void terms(Call call) {
        Long run = VoiceRuns.chosen(call);
        CustomerFilter f = Filters.of(call.ctx());
        int limit = Params.integer(call.ctx(), "limit", 1, 30, 20);
        List<String> langs = VoiceRoutes.languages(call);
        Map<String, Object> out = VoiceRoutes.head(call, run);
        out.put("not_applied", notApplied(call));
        JsonNode a = new VoiceQueries(call.c()).aggregates(run);
        List<Map<String, Object>> languages = new ArrayList<>();
        boolean period = f.from() != null || f.to() != null;
        out.put("approximate", period);
        if (!period) {
            a.path("top_terms").fields().forEachRemaining(e -> {
                if (langs.isEmpty() || langs.contains(e.getKey())) {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("language", e.getKey());
                    l.put("responses", e.getValue().path("responses").asLong());
                    l.put("terms", first(e.getValue().path("terms"), limit));
                    l.put("phrases", first(e.getValue().path("phrases"), limit));
                    languages.add(l);
                }
            });
        } else {
            YearMonth from = f.from() == null ? YearMonth.of(1, 1) : YearMonth.from(f.from());
            YearMonth to = f.to() == null ? YearMonth.of(9999, 12) : YearMonth.from(f.to());
            Map<String, long[]> responses = new java.util.TreeMap<>();
            Map<String, Map<String, Long>> counts = new HashMap<>();
            a.path("terms_by_month").fields().forEachRemaining(m -> {
                YearMonth ym = YearMonth.parse(m.getKey());
                if (ym.isBefore(from) || ym.isAfter(to)) {
                    return;
                }
                m.getValue().fields().forEachRemaining(e -> {
                    if (langs.isEmpty() || langs.contains(e.getKey())) {
                        responses.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue().path("responses").asLong();
                        Map<String, Long> c = counts.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                        e.getValue().path("terms").forEach(t -> c.merge(t.path("term").asText(), t.path("responses").asLong(), Long::sum));
                    }
                });
            });
            responses.forEach((lang, n) -> {
                List<Map<String, Object>> terms = new ArrayList<>();
                counts.get(lang).entrySet().stream()
                        .sorted((x, y) -> !x.getValue().equals(y.getValue()) ? Long.compare(y.getValue(), x.getValue()) : x.getKey().compareTo(y.getKey()))
                        .limit(limit).forEach(e -> {
                            Map<String, Object> t = new LinkedHashMap<>();
                            t.put("term", e.getKey());
                            t.put("responses", e.getValue());
                            t.put("share", n[0] == 0 ? 0 : Math.round(10000.0 * e.getValue() / n[0]) / 10000.0);
                            terms.add(t);
                        });
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("language", lang);
                l.put("responses", n[0]);
                l.put("terms", terms);
                l.put("phrases", List.of());
                languages.add(l);
            });
        }
        out.put("languages", languages);
        List<JsonNode> emerging = new ArrayList<>();
        a.path("emerging_last_month").forEach(e -> {
            if (langs.isEmpty() || langs.contains(e.path("language").asText())) {
                emerging.add(e);
            }
        });
        out.put("emerging", emerging);
        if (run != null && !a.has("top_terms")) {
            out.put("message", "voice run " + run + " stored no frequent terms (made by an older version): run 'clientela analyze voice' again");
        }
        SmallGroups.json(call, out);
    }

    private static List<JsonNode> first(JsonNode list, int limit) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (out.size() == limit) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    private static void drivers(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = VoiceRoutes.head(call, run);
        CustomerFilter f = Filters.of(call.ctx());
        List<String> notApplied = new ArrayList<>(notApplied(call));
        if (f.from() != null || f.to() != null) {
            notApplied.add("period");
        }
        out.put("not_applied", notApplied);
        JsonNode a = new VoiceQueries(call.c()).aggregates(run);
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (String kind : List.of("ratings", "themes")) {
            a.path(kind.equals("ratings") ? "key_drivers" : "key_driver_themes").fields().forEachRemaining(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                String[] so = e.getKey().split(" / ", 2);
                m.put("key", kind + ": " + e.getKey());
                m.put("kind", kind);
                m.put("survey", so[0]);
                m.put("outcome", so.length > 1 ? so[1] : null);
                JsonNode v = e.getValue();
                if (v.has("error")) {
                    m.put("error", v.path("error").asText());
                    m.put("drivers", List.of());
                } else {
                    m.put("responses", v.path("responses").asLong());
                    m.put("r_squared", v.path("r_squared").asDouble());
                    m.put("method", v.path("method").asText());
                    List<Map<String, Object>> drivers = new ArrayList<>();
                    double imp = 0;
                    double perf = 0;
                    for (JsonNode d : v.path("drivers")) {
                        Map<String, Object> x = new LinkedHashMap<>();
                        for (String k : List.of("importance", "low", "high", "share", "performance")) {
                            x.put(k, Math.round(d.path(k).asDouble() * 10000) / 10000.0);
                        }
                        // runs stored before the performance intervals existed have none: null, not a made-up interval
                        for (String k : List.of("performanceLow", "performanceHigh")) {
                            x.put(k.equals("performanceLow") ? "performance_low" : "performance_high",
                                    d.has(k) ? Math.round(d.path(k).asDouble() * 10000) / 10000.0 : null);
                        }
                        x.put("name", d.path("name").asText());
                        x.put("quadrant", d.path("quadrant").asText());
                        imp += d.path("importance").asDouble();
                        perf += d.path("performance").asDouble();
                        drivers.add(x);
                    }
                    // the lines of KeyDrivers' quadrants: mean importance (R² / drivers) and mean performance
                    m.put("importance_mean", drivers.isEmpty() ? null : Math.round(imp / drivers.size() * 10000) / 10000.0);
                    m.put("performance_mean", drivers.isEmpty() ? null : Math.round(perf / drivers.size() * 10000) / 10000.0);
                    m.put("drivers", drivers);
                }
                matrices.add(m);
            });
        }
        out.put("matrices", matrices);
        SmallGroups.json(call, out);
    }
}

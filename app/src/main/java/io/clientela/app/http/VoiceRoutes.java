package io.clientela.app.http;

import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.voice.VoiceQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates of the voice of the customer for the voice page: the latest run, sentiment over time
 * and themes (counted by the store over the run's reading of each response under the shared
 * filters, {@link VoiceQueries}), the KPI trends ({@link VoiceKpiRoute}), terms and key drivers
 * ({@link VoiceResultRoutes}). No personal data: viewers may read them.
 */
final class VoiceRoutes {
    static final List<String> FILTERS = List.of("run", "from", "to", "country", "region", "channel", "segment", "abc", "quadrant");
    static final Set<String> LANGUAGES = Set.of("en", "es", "zh", "hu", "unknown");

    private VoiceRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/voice/summary", Role.ALL, "The voice run the voice pages read (run=N, default the latest): when, how many responses, "
                + "languages, sentiment labels and provenance; run_id null when no voice analysis has run", List.of("run"), false, false, VoiceRoutes::summary);
        VoiceKpiRoute.install(api);
        api.get("/api/v1/voice/sentiment", Role.ALL, "Sentiment per month and language: responses with text, mean score in [-1, 1], share negative "
                + "and positive", with("language"), false, false, VoiceRoutes::sentiment);
        api.get("/api/v1/voice/themes", Role.ALL, "Themes of the taxonomy: responses mentioning each, share of texts, mean sentiment, share negative, "
                + "NPS of those responses; and the run's candidate themes (frequent phrases no theme covers)", with("language"), false, false, VoiceRoutes::themes);
        VoiceResultRoutes.install(api);
    }

    static List<String> with(String... more) {
        List<String> out = new ArrayList<>(FILTERS);
        out.addAll(List.of(more));
        return out;
    }

    /** Common head of every voice answer: the run read (null when none) and, without one, why the lists are empty. */
    static Map<String, Object> head(Call call, Long run) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", run);
        out.put("created_at", run == null ? null : new VoiceQueries(call.c()).createdAt(run));
        if (run == null) {
            out.put("message", VoiceRuns.NONE);
        }
        return out;
    }

    /** The {@code language} parameter: some of the four languages and "unknown" (none: all). */
    static List<String> languages(Call call) {
        List<String> langs = Params.list(call.ctx(), "language");
        for (String l : langs) {
            if (!LANGUAGES.contains(l)) {
                throw new UsageException("parameter 'language': expected some of " + LANGUAGES.stream().sorted().toList() + ", got '" + l + "'");
            }
        }
        return langs;
    }

    private static void summary(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        VoiceQueries.Summary s = new VoiceQueries(call.c()).summary(run);
        out.put("runs", s.runs());
        out.put("feedback", s.feedback());
        if (run != null) {
            out.put("responses", s.responses());
            out.put("with_text", s.withText());
            out.put("languages", s.languages());
            out.put("sentiment", s.sentiment());
            out.put("provenance", s.provenance());
        }
        SmallGroups.json(call, out);
    }

    private static void sentiment(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        if (run == null) {
            out.put("all", null);
            out.put("by_language", List.of());
            out.put("monthly", List.of());
            SmallGroups.json(call, out);
            return;
        }
        CustomerFilter f = Filters.of(call.ctx());
        VoiceQueries.Sentiment s = new VoiceQueries(call.c()).sentiment(run, f, languages(call));
        out.put("all", s.all());
        out.put("by_language", s.byLanguage());
        out.put("monthly", s.monthly());
        SmallGroups.json(call, out);
    }

    private static void themes(Call call) {
        Long run = VoiceRuns.chosen(call);
        Map<String, Object> out = head(call, run);
        if (run == null) {
            out.put("texts", 0);
            out.put("themes", List.of());
            out.put("candidate_themes", List.of());
            SmallGroups.json(call, out);
            return;
        }
        CustomerFilter f = Filters.of(call.ctx());
        VoiceQueries.Themes t = new VoiceQueries(call.c()).themes(run, f, languages(call));
        out.put("texts", t.texts());
        out.put("themes", t.themes());
        out.put("candidate_themes", t.candidateThemes());
        SmallGroups.json(call, out);
    }
}

package io.clientela.analytics.voice;

import io.clientela.analytics.voice.drivers.KeyDrivers;
import io.clientela.analytics.voice.kpi.Scale;
import io.clientela.core.voice.FeedbackResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The key-driver matrices of a voice run: per survey, the themes and the attribute ratings that move its NPS, CSAT or CES. */
final class VoiceDrivers {
    private VoiceDrivers() {
    }

    /**
     * Which themes move NPS (else CSAT): per survey, over the responses with text and a score, each theme
     * mentioned by at least 1 % of them (at most 12, most mentioned first) as a 0/1 driver; its
     * performance is the share of its mentions that are not negative.
     */
    static Map<String, Object> themes(Map<String, List<Object[]>> bySurvey) {
        Map<String, Object> out = new LinkedHashMap<>();
        bySurvey.forEach((survey, list) -> {
            if (list.size() < 30) {
                return;
            }
            Map<String, int[]> counts = new TreeMap<>();
            for (Object[] o : list) {
                @SuppressWarnings("unchecked")
                List<String> themes = (List<String>) o[1];
                for (String t : themes) {
                    int[] c = counts.computeIfAbsent(t, k -> new int[2]);
                    c[0]++;
                    if (!"negative".equals(o[2])) {
                        c[1]++;
                    }
                }
            }
            List<String> names = counts.entrySet().stream().filter(e -> e.getValue()[0] >= Math.max(5, list.size() / 100))
                    .sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(KeyDrivers.MAX_DRIVERS).map(Map.Entry::getKey).toList();
            if (names.isEmpty()) {
                return;
            }
            double[] y = new double[list.size()];
            double[][] x = new double[list.size()][names.size()];
            for (int i = 0; i < list.size(); i++) {
                y[i] = ((Integer) list.get(i)[0]).doubleValue();
                @SuppressWarnings("unchecked")
                List<String> themes = (List<String>) list.get(i)[1];
                for (int j = 0; j < names.size(); j++) {
                    x[i][j] = themes.contains(names.get(j)) ? 1 : 0;
                }
            }
            double[] perf = new double[names.size()];
            double[] low = new double[names.size()];
            double[] high = new double[names.size()];
            for (int j = 0; j < perf.length; j++) {
                int[] c = counts.get(names.get(j));
                perf[j] = (double) c[1] / c[0];
                double[] w = KeyDrivers.wilson(c[1], c[0]);
                low[j] = w[0];
                high[j] = w[1];
            }
            try {
                KeyDrivers.Result res = new KeyDrivers(200, 42).analyse(y, x, names, perf, low, high);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("responses", res.n());
                m.put("r_squared", VoiceRun.round(res.rSquared()));
                m.put("method", "LMG relative importance of theme mentions (0/1), 200 bootstrap resamples (seed 42), 95% percentile intervals; "
                        + "performance = share of mentions not negative (95% Wilson interval); a driver whose importance or performance interval "
                        + "holds the drivers' mean is 'no clear difference'");
                m.put("drivers", res.drivers());
                out.put(survey, m);
            } catch (io.clientela.analytics.AnalyticsException e) {
                out.put(survey, Map.of("error", e.getMessage()));
            }
        });
        return out;
    }

    /**
     * Key drivers per survey: the outcome is the survey's NPS (else CSAT, else CES), the drivers
     * the attribute ratings every complete response of the survey carries (1..5 assumed).
     */
    static Map<String, Object> ratings(List<FeedbackResponse> responses) {
        Map<String, List<Object[]>> bySurvey = new TreeMap<>();
        for (FeedbackResponse r : responses) {
            Integer y = r.nps() != null && Scale.NPS.problem(r.nps()) == null ? r.nps()
                    : r.csat() != null && Scale.CSAT.problem(r.csat()) == null ? r.csat() : r.ces() != null && Scale.CES.problem(r.ces()) == null ? r.ces() : null;
            if (y == null || r.ratings() == null) {
                continue;
            }
            Map<String, Double> ratings = new TreeMap<>(r.ratings());
            String outcome = r.nps() != null ? "NPS" : r.csat() != null ? "CSAT" : "CES";
            bySurvey.computeIfAbsent((r.survey() == null ? "(none)" : r.survey()) + " / " + outcome, k -> new ArrayList<>())
                    .add(new Object[] {y, ratings});
        }
        Map<String, Object> out = new LinkedHashMap<>();
        bySurvey.forEach((survey, list) -> {
            @SuppressWarnings("unchecked")
            java.util.Set<String> keys = new java.util.TreeSet<>(((Map<String, Double>) list.get(0)[1]).keySet());
            for (Object[] o : list) {
                @SuppressWarnings("unchecked")
                Map<String, Double> m = (Map<String, Double>) o[1];
                keys.retainAll(m.keySet());
            }
            if (keys.isEmpty() || keys.size() > KeyDrivers.MAX_DRIVERS || list.size() < 30) {
                return;
            }
            List<String> names = new ArrayList<>(keys);
            double[] y = new double[list.size()];
            double[][] x = new double[list.size()][names.size()];
            for (int i = 0; i < list.size(); i++) {
                y[i] = ((Integer) list.get(i)[0]).doubleValue();
                @SuppressWarnings("unchecked")
                Map<String, Double> m = (Map<String, Double>) list.get(i)[1];
                for (int j = 0; j < names.size(); j++) {
                    x[i][j] = m.get(names.get(j));
                }
            }
            try {
                KeyDrivers.Result res = new KeyDrivers(200, 42).analyse(y, x, names, 1, 5);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("responses", res.n());
                m.put("r_squared", VoiceRun.round(res.rSquared()));
                m.put("method", "LMG relative importance, 200 bootstrap resamples (seed 42), 95% percentile intervals of importance and "
                        + "performance; a driver whose importance or performance interval holds the drivers' mean is 'no clear difference'");
                m.put("drivers", res.drivers());
                out.put(survey, m);
            } catch (io.clientela.analytics.AnalyticsException e) {
                out.put(survey, Map.of("error", e.getMessage()));
            }
        });
        return out;
    }
}

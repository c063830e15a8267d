package io.clientela.service.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few sentences that open {@code analyze value} and {@code analyze voice}: what a reader should
 * take away, in words and rounded figures, before the tables. Every figure is read from the run's
 * own result; a part whose figures are missing is left out rather than guessed.
 */
@SuppressWarnings("unchecked")
public final class Headlines {
    private Headlines() {
    }

    /** The headline of a voice run: KPIs with their intervals, sentiment shares, weakest countries, last month's move, themes. */
    public static List<String> voice(Map<String, Object> r, List<Map<String, Object>> kpiRows) {
        List<String> lines = new ArrayList<>();
        List<String> kpis = new ArrayList<>();
        for (Map<String, Object> k : kpiRows) {
            if (!"all".equals(k.get("grouping"))) {
                continue;
            }
            String kpi = String.valueOf(k.get("kpi"));
            double v = num(k.get("value"));
            String n = String.format(Locale.ROOT, "%,d answers", (long) num(k.get("n")));
            kpis.add(switch (kpi) {
                case "NPS" -> String.format(Locale.ROOT, "NPS %s (95 %% interval %s to %s, %s)", whole(v), whole(num(k.get("ci_low"))),
                        whole(num(k.get("ci_high"))), n);
                case "CSAT" -> "CSAT " + whole(v) + " % satisfied (" + n + ")";
                default -> kpi + " " + String.format(Locale.ROOT, "%.1f", v) + " on average (" + n + ")";
            });
        }
        if (!kpis.isEmpty()) {
            lines.add(String.join("; ", kpis) + ".");
        }
        long responses = (long) num(r.get("responses"));
        long withText = (long) num(r.get("with_text"));
        if (r.get("sentiment") instanceof Map<?, ?> s && s.get("labels") instanceof Map<?, ?> labels && withText > 0) {
            long pos = (long) num(labels.get("positive"));
            long neu = (long) num(labels.get("neutral"));
            long neg = (long) num(labels.get("negative"));
            lines.add(String.format(Locale.ROOT, "%,d of %,d responses have a comment (%s); of those %s are positive, %s neutral and %s negative.",
                    withText, responses, pct(withText, responses), pct(pos, withText), pct(neu, withText), pct(neg, withText)));
        }
        List<Map<String, Object>> countries = kpiRows.stream()
                .filter(k -> "NPS".equals(k.get("kpi")) && "country".equals(k.get("grouping")) && !Boolean.TRUE.equals(k.get("low_sample")))
                .sorted(Comparator.comparingDouble(k -> num(k.get("value")))).toList();
        if (countries.size() >= 3) {
            Map<String, Object> best = countries.get(countries.size() - 1);
            lines.add("Lowest NPS by country: " + countries.get(0).get("group") + " " + whole(num(countries.get(0).get("value"))) + ", "
                    + countries.get(1).get("group") + " " + whole(num(countries.get(1).get("value"))) + "; highest: " + best.get("group") + " "
                    + whole(num(best.get("value"))) + ".");
        }
        List<Map<String, Object>> months = kpiRows.stream().filter(k -> "NPS".equals(k.get("kpi")) && "month".equals(k.get("grouping"))).toList();
        if (months.size() >= 2) {
            Map<String, Object> last = months.get(months.size() - 1);
            Map<String, Object> before = months.get(months.size() - 2);
            double change = num(last.get("value")) - num(before.get("value"));
            boolean significant = significant(r, "nps", String.valueOf(before.get("group")), String.valueOf(last.get("group")));
            lines.add("NPS in " + last.get("group") + ": " + whole(num(last.get("value"))) + ", " + (Math.round(change) == 0 ? "level with "
                    : (change < 0 ? "down " : "up ") + whole(Math.abs(change)) + " points on ") + before.get("group")
                    + (significant ? " (a significant change at the 5 % level)." : " (within the noise of the sample)."));
        }
        if (r.get("themes") instanceof Map<?, ?> themes && !themes.isEmpty()) {
            Map<String, Map<String, Object>> t = (Map<String, Map<String, Object>>) themes;
            Map.Entry<String, Map<String, Object>> most = t.entrySet().stream()
                    .max(Comparator.comparingDouble(e -> num(e.getValue().get("responses")))).orElseThrow();
            Map.Entry<String, Map<String, Object>> worst = t.entrySet().stream()
                    .min(Comparator.comparingDouble(e -> num(e.getValue().get("mean_sentiment")))).orElseThrow();
            lines.add("Most talked-about theme: " + most.getKey() + " (" + pct(num(most.getValue().get("share_of_texts"))) + " of comments); "
                    + "the most negative: " + worst.getKey() + " (mean sentiment " + String.format(Locale.ROOT, "%.2f", num(worst.getValue().get("mean_sentiment")))
                    + " on a scale from -1 to 1).");
        }
        if (r.get("emerging_last_month") instanceof List<?> emerging && !emerging.isEmpty()) {
            List<String> terms = new ArrayList<>();
            for (Object o : emerging) {
                Object term = ((Map<String, Object>) o).get("term");
                if (term != null && !terms.contains(term.toString()) && terms.size() < 5) {
                    terms.add(term.toString());
                }
            }
            lines.add("Emerging in the last month: " + String.join(", ", terms) + ".");
        }
        return lines;
    }

    private static boolean significant(Map<String, Object> r, String kpi, String from, String to) {
        if (r.get("kpis") instanceof Map<?, ?> kpis && kpis.get(kpi) instanceof Map<?, ?> m && m.get("month_changes") instanceof List<?> changes) {
            for (Object o : changes) {
                if (o instanceof io.clientela.analytics.voice.kpi.Kpis.Change c && c.from().equals(from) && c.to().equals(to)) {
                    return c.significant();
                }
            }
        }
        return false;
    }

    /** The headline of a value run: concentration of revenue, the largest and the riskiest groups, lifetime value, the weakest cohort. */
    public static List<String> value(Map<String, Object> r) {
        List<String> lines = new ArrayList<>();
        long customers = (long) num(r.get("customers"));
        String currency = r.get("currency") == null ? "" : " " + r.get("currency");
        if (r.get("abc") instanceof Map<?, ?> abc && abc.get("share_making_80_percent") != null) {
            lines.add(String.format(Locale.ROOT, "%,d customers as of %s; %s of them make 80 %% of the %s.", customers, r.get("as_of"),
                    pct(num(abc.get("share_making_80_percent"))), "margin".equals(abc.get("of")) ? "margin" : "revenue"));
        } else {
            lines.add(String.format(Locale.ROOT, "%,d customers as of %s.", customers, r.get("as_of")));
        }
        if (r.get("rfm") instanceof Map<?, ?> rfm && rfm.get("segments") instanceof Map<?, ?> segments && customers > 0) {
            Map<String, Object> s = (Map<String, Object>) segments;
            List<String> parts = new ArrayList<>();
            for (String name : List.of("champions", "loyal", "at risk", "can't lose them", "lost")) {
                if (s.get(name) != null) {
                    parts.add(String.format(Locale.ROOT, "%,d %s (%s)", (long) num(s.get(name)), name, pct((long) num(s.get(name)), customers)));
                }
            }
            if (!parts.isEmpty()) {
                lines.add("RFM: " + String.join(", ", parts) + ".");
            }
        }
        if (r.get("quadrant") instanceof Map<?, ?> q && q.get("sizes") instanceof Map<?, ?> sizes && sizes.get("at-risk") != null) {
            long atRisk = (long) num(sizes.get("at-risk"));
            long rated = 0;
            for (Map.Entry<?, ?> e : sizes.entrySet()) {
                rated += "no feedback".equals(e.getKey()) ? 0 : (long) num(e.getValue());
            }
            lines.add(String.format(Locale.ROOT, "%,d valuable but dissatisfied customers (the at-risk quadrant: %s of those with feedback).", atRisk,
                    pct(atRisk, rated)));
        }
        if (r.get("clv") instanceof Map<?, ?> clv) {
            Map<String, Object> scoring = clv.get("scoring") instanceof Map<?, ?> sc ? (Map<String, Object>) sc : (Map<String, Object>) clv;
            if (Boolean.TRUE.equals(scoring.get("scored")) && scoring.get("distribution") instanceof Map<?, ?> d) {
                lines.add(String.format(Locale.ROOT, "Expected lifetime value: %s%s in total; half the customers are worth under %s%s, the top tenth over %s%s.",
                        whole(num(scoring.get("total_clv"))), currency, whole(num(d.get("p50"))), currency, whole(num(d.get("p90"))), currency));
            }
        }
        if (r.get("cohorts") instanceof List<?> cells) {
            Map<String, Double> sixMonths = new LinkedHashMap<>();
            for (Object o : cells) {
                Map<String, Object> c = (Map<String, Object>) o;
                if (num(c.get("months_since")) == 6 && num(c.get("cohort_size")) >= 30) {
                    sixMonths.put(String.valueOf(c.get("cohort")), num(c.get("retention")));
                }
            }
            if (sixMonths.size() >= 3) {
                List<Double> sorted = sixMonths.values().stream().sorted().toList();
                Map.Entry<String, Double> weakest = sixMonths.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
                lines.add("Weakest cohort: customers first buying in " + weakest.getKey() + ", " + pct(weakest.getValue())
                        + " still buying six months on, against " + pct(sorted.get(sorted.size() / 2)) + " for the median cohort.");
            }
        }
        return lines;
    }

    public static void print(java.io.PrintWriter out, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println("In short:");
        lines.forEach(l -> out.println("  " + l));
        out.println();
    }

    private static double num(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.replace(",", ""));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** A share (0-1) as a whole percentage. */
    public static String pct(double share) {
        return Math.round(100 * share) + " %";
    }

    public static String pct(long part, long whole) {
        return whole == 0 ? "0 %" : pct(part / (double) whole);
    }

    /** A number rounded to a whole one, thousands grouped, with a real minus sign. */
    public static String whole(double v) {
        long r = Math.round(v);
        return (r < 0 ? "-" : "") + String.format(Locale.ROOT, "%,d", Math.abs(r));
    }
}

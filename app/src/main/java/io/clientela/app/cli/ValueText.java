package io.clientela.app.cli;

import io.clientela.service.summary.Headlines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text form of a value run's report: one short section per analysis, tables where they help. */
@SuppressWarnings("unchecked")
final class ValueText {
    private ValueText() {
    }

    static void render(PrintWriter out, Map<String, Object> report) {
        Headlines.print(out, Headlines.value(report));
        Map<String, Object> r = (Map<String, Object>) pretty(report);
        out.printf("Value run %s as of %s — data %s to %s, %s customers%s%n", r.get("run_id"), r.get("as_of"), r.get("data_from"), r.get("data_to"),
                r.get("customers"), r.get("currency") == null || "".equals(r.get("currency")) ? "" : ", amounts in " + r.get("currency"));
        for (Object note : (List<Object>) r.getOrDefault("notes", List.of())) {
            out.println("  note: " + note);
        }
        if (r.get("rfm") instanceof Map<?, ?> rfm) {
            out.println();
            out.println("RFM segments");
            List<Map<String, Object>> rows = new ArrayList<>();
            ((Map<String, Object>) rfm.get("segments")).forEach((k, v) -> rows.add(row("segment", k, "customers", v)));
            Output.table(out, rows, 40);
        }
        if (r.get("abc") instanceof Map<?, ?> abc) {
            out.println();
            out.println("ABC classes of " + abc.get("of") + " (" + share(abc.get("share_making_80_percent")) + " of them make 80 % of the total)");
            Output.table(out, classes((Map<String, Object>) abc), 20);
            if (r.get("product_abc") instanceof Map<?, ?> p) {
                out.println("ABC classes of products (" + share(p.get("share_making_80_percent")) + " of them make 80 % of revenue)");
                Output.table(out, classes((Map<String, Object>) p), 20);
            }
        }
        if (r.get("quadrant") instanceof Map<?, ?> q) {
            out.println();
            out.printf("Satisfaction × revenue quadrant (satisfied from index %s, valuable from revenue %s)%n", q.get("satisfaction_threshold"),
                    q.get("revenue_threshold"));
            List<Map<String, Object>> rows = new ArrayList<>();
            ((Map<String, Object>) q.get("sizes")).forEach((k, v) -> rows.add(row("group", k, "customers", v)));
            Output.table(out, rows, 20);
        }
        if (r.get("clv") instanceof Map<?, ?> clv) {
            clv((Map<String, Object>) clv, out);
        }
        if (report.get("cohorts") instanceof List<?> cohorts) {
            out.println();
            out.println("Cohorts: retention after 1, 3, 6 and 12 months");
            Output.table(out, cohortTable((List<Map<String, Object>>) cohorts), 20);
        }
        if (r.get("rollups") instanceof Map<?, ?> rollups && rollups.get("total") instanceof List<?> total && !total.isEmpty()) {
            out.println();
            out.println("Company total");
            ((Map<String, Object>) total.get(0)).forEach((k, v) -> {
                if (!k.equals("key")) {
                    out.printf("  %-20s %s%n", k.replace('_', ' '), v);
                }
            });
        }
    }

    private static void clv(Map<String, Object> clv, PrintWriter out) {
        out.println();
        out.println("Lifetime value: " + clv.get("customers") + " customers, " + clv.get("repeat_buyers") + " repeat buyers");
        for (String model : List.of("bgnbd", "pareto_nbd", "gamma_gamma")) {
            if (clv.get(model) instanceof Map<?, ?> fit) {
                out.println("  " + model.replace('_', ' ') + " fit:");
                List<Map<String, Object>> rows = new ArrayList<>();
                fit.forEach((k, v) -> rows.add(row("parameter", "  " + String.valueOf(k).replace('_', ' '), "value", v)));
                Output.table(out, rows, 30);
            } else if (clv.get(model) != null) {
                out.println("  " + model + ": " + clv.get(model));
            }
        }
        if (clv.get("holdout") instanceof Map<?, ?> h) {
            out.printf("  holdout %s to %s: %s purchases expected, %s happened (%s %%)%n", h.get("calibration_end"), h.get("holdout_end"),
                    h.get("expected_purchases"), h.get("actual_purchases"), h.get("error_percent"));
            if (h.get("by_calibration_frequency") instanceof List<?> bins) {
                Output.table(out, (List<Map<String, Object>>) bins, 20);
            }
        }
        Map<String, Object> scoring = clv.get("scoring") instanceof Map<?, ?> s ? (Map<String, Object>) s : clv;
        if (Boolean.TRUE.equals(scoring.get("scored"))) {
            Map<String, Object> d = (Map<String, Object>) scoring.get("distribution");
            out.printf("  scored with %s: total CLV %s; per customer median %s, p90 %s, max %s%n", scoring.get("scoring_model"),
                    scoring.get("total_clv"), d.get("p50"), d.get("p90"), d.get("max"));
        } else if (scoring.get("reason") != null) {
            out.println("  " + scoring.get("reason"));
        }
    }

    /** The report with its numbers written for reading: thousands grouped, four significant digits below 1,000. */
    static Object pretty(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), pretty(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ValueText::pretty).toList();
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return Math.abs(d) >= 1000 ? String.format("%,.0f", d) : new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.math.BigDecimal b) {
            return pretty(b.doubleValue());
        }
        if (v instanceof Long || v instanceof Integer || v instanceof java.math.BigInteger) {
            return String.format("%,d", ((Number) v).longValue());
        }
        return v;
    }

    /** A share written with 4 significant digits ("0.2824") as a rounded percentage. */
    private static String share(Object v) {
        try {
            return Headlines.pct(Double.parseDouble(String.valueOf(v).replace(",", "")));
        } catch (NumberFormatException e) {
            return String.valueOf(v);
        }
    }

    private static List<Map<String, Object>> classes(Map<String, Object> abc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ((Map<String, Object>) abc.get("classes")).forEach((k, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", k);
            m.putAll((Map<String, Object>) v);
            rows.add(m);
        });
        return rows;
    }

    private static List<Map<String, Object>> cohortTable(List<Map<String, Object>> cells) {
        Map<Object, Map<String, Object>> byCohort = new LinkedHashMap<>();
        for (Map<String, Object> c : cells) {
            Map<String, Object> row = byCohort.computeIfAbsent(c.get("cohort"), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cohort", k);
                m.put("customers", c.get("cohort_size"));
                for (String col : List.of("m1", "m3", "m6", "m12")) {
                    m.put(col, null);
                }
                return m;
            });
            int since = ((Number) c.get("months_since")).intValue();
            if (since == 1 || since == 3 || since == 6 || since == 12) {
                row.put("m" + since, String.format("%.1f %%", 100 * ((Number) c.get("retention")).doubleValue()));
            }
        }
        return new ArrayList<>(byCohort.values());
    }

    private static Map<String, Object> row(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}

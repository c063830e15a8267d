package io.clientela.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/** Survey responses: relationship NPS waves, post-support CES, with ratings and free text. */
final class Surveys {
    private static final String[] TOPICS = {"delivery", "quality", "price", "support", "billing"};
    private static final double[] TOPIC_WEIGHTS = {0.28, 0.30, 0.22, 0.15, 0.05};
    private static final double[] LATE_WEIGHTS = {0.75, 0.10, 0.08, 0.05, 0.02};

    private Surveys() {
    }

    /** A monthly relationship pulse survey while the customer is active, answered by about one in eleven (VIPs more often). */
    static void relationship(Out out, CustomerLife c, DemoSpec spec, SplittableRandom r, CustomerWriter writer) {
        LocalDate wave = spec.endDate().withDayOfMonth(1).minusMonths(spec.months());
        int n = 0;
        while (!wave.isAfter(spec.endDate())) {
            LocalDateTime at = wave.plusDays(r.nextInt(28)).atTime(9 + r.nextInt(10), r.nextInt(60));
            wave = wave.plusMonths(1);
            boolean lastMonth = at.isAfter(spec.endDate().minusDays(30).atStartOfDay());
            if (at.isAfter(spec.endDate().atTime(23, 59)) || at.isBefore(c.acquiredAt) || at.toLocalDate().isAfter(c.lastActive.plusDays(30)) || r.nextDouble() > (c.vip ? 0.3 : 0.09)) {
                continue;
            }
            double s = c.satisfactionAt(at);
            if (lastMonth && r.nextDouble() < 0.3) {
                s = Math.min(s, 0.45);
            }
            int nps = (int) Math.max(0, Math.min(10, Math.round(10 * s + r.nextGaussian() * 1.2)));
            if (c.index % 5000 == 3 && n == 0) {
                nps = 11;
                writer.badRows++;
            }
            String topic = CustomerLife.pick(TOPICS, lastMonth ? LATE_WEIGHTS : TOPIC_WEIGHTS, r);
            String text = r.nextDouble() < 0.65 ? Texts.write(c.country.language(), s, topic, r) : null;
            String ratings = String.format(Locale.ROOT, "{\"delivery\":%d,\"price\":%d,\"quality\":%d,\"support\":%d}",
                    rating(s, topic.equals("delivery"), r), rating(s, topic.equals("price"), r), rating(s, topic.equals("quality"), r),
                    rating(s, topic.equals("support"), r));
            out.line("{\"response\":\"R" + (c.index + 1) + "-" + (++n) + "\",\"email\":" + Out.json(c.email) + ",\"at\":\""
                    + CustomerWriter.TS.format(at) + "\",\"survey\":\"relationship\",\"touchpoint\":\"overall\",\"channel\":\"email\","
                    + "\"nps\":" + nps + ",\"ratings\":" + ratings + ",\"comment\":" + Out.json(text) + ",\"lang\":\""
                    + c.country.language() + "\"}");
        }
    }

    /** Customer effort (1 very hard .. 7 very easy) after a support case. */
    static void ces(Out out, CustomerLife c, LocalDateTime at, SplittableRandom r) {
        double s = c.satisfactionAt(at);
        int ces = (int) Math.max(1, Math.min(7, Math.round(1 + 6 * s + r.nextGaussian())));
        String text = r.nextDouble() < 0.4 ? Texts.write(c.country.language(), s, "support", r) : null;
        out.line("{\"response\":\"C" + (c.index + 1) + "-" + at.toLocalDate().toString().replace("-", "") + "\",\"email\":"
                + Out.json(c.email.toLowerCase(Locale.ROOT)) + ",\"at\":\"" + CustomerWriter.TS.format(at) + "\",\"survey\":\"support\","
                + "\"touchpoint\":\"support\",\"channel\":\"email\",\"ces\":" + ces + ",\"csat\":" + Math.max(1, Math.min(5, Math.round(1 + 4 * s)))
                + ",\"comment\":" + Out.json(text) + ",\"lang\":\"" + c.country.language() + "\"}");
    }

    private static int rating(double s, boolean complained, SplittableRandom r) {
        double v = 1 + 4 * s + r.nextGaussian() * 0.7 - (complained && s < 0.6 ? 1.2 : 0);
        return (int) Math.max(1, Math.min(5, Math.round(v)));
    }
}

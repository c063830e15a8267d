package io.clientela.analytics.voice.kpi;

/**
 * A KPI of one group of answers.
 *
 * @param scale      NPS, CSAT or CES
 * @param group      the group's name (a period, segment, channel, ... or "all")
 * @param n          valid answers
 * @param value      NPS (−100..100), CSAT (% of 4-5) or CES (mean); NaN when n = 0
 * @param low        lower end of the 95 % confidence interval
 * @param high       upper end of the 95 % confidence interval
 * @param lowSample  n below the minimum sample: read the value as indicative only
 * @param promoters  NPS only: share of 9-10 (else NaN)
 * @param detractors NPS only: share of 0-6 (else NaN)
 * @param standardError standard error of {@code value}
 */
public record Kpi(Scale scale, String group, int n, double value, double low, double high, boolean lowSample, double promoters,
                  double detractors, double standardError) {
    public Kpi {
        if (scale == null || group == null) {
            throw new IllegalArgumentException("scale and group must not be null");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
    }
}

package io.clientela.service.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a value run is asked to do.
 *
 * @param analyses       which of {@link #ALL} to run, in that order
 * @param asOf           the date the figures are as of; null = the last order's day (today when orders are future-dated)
 * @param calibrationEnd the end of the models' calibration period; null = the as-of date (no holdout)
 * @param fitAllModels   fit BG/NBD and Pareto/NBD both, to compare them, not only the scoring model
 */
public record ValueRequest(List<String> analyses, LocalDate asOf, LocalDate calibrationEnd, ValueSettings settings, boolean fitAllModels) {
    public static final String RFM = "rfm";
    public static final String ABC = "abc";
    public static final String QUADRANT = "quadrant";
    public static final String CLV = "clv";
    public static final String COHORTS = "cohorts";
    public static final List<String> ALL = List.of(RFM, ABC, QUADRANT, CLV, COHORTS);

    public ValueRequest {
        Objects.requireNonNull(settings, "settings");
        if (analyses == null || analyses.isEmpty()) {
            throw new IllegalArgumentException("a value run needs at least one analysis of " + ALL);
        }
        for (String a : analyses) {
            if (!ALL.contains(a)) {
                throw new IllegalArgumentException("unknown analysis '" + a + "'; the analyses are " + String.join(", ", ALL));
            }
        }
        analyses = ALL.stream().filter(analyses::contains).toList();
    }

    boolean includes(String analysis) {
        return analyses.contains(analysis);
    }
}

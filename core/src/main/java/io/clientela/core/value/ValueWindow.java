package io.clientela.core.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time frame of a value analysis: everything is computed as of {@code asOf} (orders and
 * feedback after it are ignored); purchase models are fitted on the purchases up to
 * {@code calibrationEnd}, and the purchases after it, up to {@code asOf}, are the holdout.
 *
 * @param periodDays the models' time unit in days (7 for weeks)
 */
public record ValueWindow(LocalDate asOf, LocalDate calibrationEnd, double periodDays) {
    public ValueWindow {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        if (calibrationEnd.isAfter(asOf)) {
            throw new IllegalArgumentException("the calibration end (" + calibrationEnd + ") is after the as-of date (" + asOf + ")");
        }
        if (!(periodDays > 0)) {
            throw new IllegalArgumentException("the period must be a positive number of days, found " + periodDays);
        }
    }

    /** True when there is a holdout period after the calibration end. */
    public boolean hasHoldout() {
        return calibrationEnd.isBefore(asOf);
    }

    /** Days per period unit: day, week or month (30.4375 days). */
    public static double periodDays(String period) {
        return switch (period) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30.4375;
            default -> throw new IllegalArgumentException("period must be day, week or month, not '" + period + "'");
        };
    }
}

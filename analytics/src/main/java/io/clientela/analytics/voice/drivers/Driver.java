package io.clientela.analytics.voice.drivers;

/**
 * One driver's importance and performance.
 *
 * @param name        the driver (e.g. the rating "delivery")
 * @param importance  LMG share of R² attributed to it (the LMG values sum to R²)
 * @param low         2.5 % bootstrap percentile of {@code importance}
 * @param high        97.5 % bootstrap percentile of {@code importance}
 * @param share       {@code importance / R²}
 * @param performance 0..1: for a rating its mean scaled over its scale ({@code (mean − min) / (max − min)}), for a
 *                    theme the share of its mentions that are not negative
 * @param quadrant    {@code fix first} (importance above the drivers' mean, performance below theirs), {@code keep up},
 *                    {@code monitor} or {@code maintain}
 */
public record Driver(String name, double importance, double low, double high, double share, double performance, String quadrant) {
}

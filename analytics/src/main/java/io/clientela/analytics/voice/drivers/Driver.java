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
 * @param performanceLow  lower end of the 95 % interval of {@code performance} (bootstrap percentile for ratings, Wilson for themes)
 * @param performanceHigh upper end of that interval
 * @param quadrant    {@code fix first} (importance clearly above the drivers' mean, performance clearly below theirs),
 *                    {@code keep up}, {@code monitor}, {@code maintain}, or {@link #UNCLEAR} when the importance or the
 *                    performance interval holds the drivers' mean, so the data cannot tell which side it is on
 */
public record Driver(String name, double importance, double low, double high, double share, double performance,
                     double performanceLow, double performanceHigh, String quadrant) {
    /** The quadrant of a driver whose interval holds the mean importance or the mean performance. */
    public static final String UNCLEAR = "no clear difference";
}

package io.clientela.analytics.value.clv;

/**
 * One customer (or {@code weight} identical customers) as the models see them.
 *
 * @param x         repeat purchases in the calibration period
 * @param tx        time of the last purchase, from the first (0 when x = 0)
 * @param age       time from the first purchase to the end of calibration (T)
 * @param meanValue mean value of the repeat purchases (for Gamma-Gamma; 0 when x = 0)
 * @param weight    how many customers share these figures
 */
public record RfmSummary(int x, double tx, double age, double meanValue, double weight) {

    public RfmSummary {
        if (x < 0 || tx < 0 || age < tx || weight <= 0 || Double.isNaN(tx + age + meanValue + weight)) {
            throw new IllegalArgumentException("invalid customer summary: x=" + x + ", t_x=" + tx + ", T=" + age + ", weight=" + weight);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("a customer without repeat purchases has t_x = 0, not " + tx);
        }
    }
}

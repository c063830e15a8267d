package io.clientela.analytics.value;

/** Rounding for reports: enough digits to read and compare, no floating-point noise. */
public final class Figures {
    private Figures() {
    }

    /** Six significant digits; null for NaN or infinite values, so JSON shows no number at all. */
    public static Double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        if (v == 0) {
            return 0.0;
        }
        double scale = Math.pow(10, 5 - (int) Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    /** Money to the cent. */
    public static Double money(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 100) / 100.0;
    }
}

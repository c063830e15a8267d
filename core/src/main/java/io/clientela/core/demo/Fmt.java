package io.clientela.core.demo;

/**
 * Fast, locale-free text for the files: UTC timestamps {@code yyyy-MM-dd HH:mm:ss}, dates and
 * decimals with a '.' separator. Pure functions; dates use the civil-from-days algorithm
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", 2013) instead of java.time objects,
 * because the generator writes millions of timestamps.
 */
final class Fmt {
    static final long DAY = 86_400;

    private Fmt() {
    }

    static void timestamp(StringBuilder b, long epochSecond) {
        long day = Math.floorDiv(epochSecond, DAY);
        int secs = (int) (epochSecond - day * DAY);
        date(b, day);
        b.append(' ');
        two(b, secs / 3600);
        b.append(':');
        two(b, secs / 60 % 60);
        b.append(':');
        two(b, secs % 60);
    }

    static String timestamp(long epochSecond) {
        StringBuilder b = new StringBuilder(19);
        timestamp(b, epochSecond);
        return b.toString();
    }

    static void date(StringBuilder b, long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        b.append(y).append('-');
        two(b, m);
        b.append('-');
        two(b, d);
    }

    /** {@code v} rounded half-up to two decimals. */
    static void money(StringBuilder b, double v) {
        fixed(b, v, 2);
    }

    static String money(double v) {
        StringBuilder b = new StringBuilder(12);
        money(b, v);
        return b.toString();
    }

    /** {@code v} with exactly {@code places} decimals (0 to 6). */
    static void fixed(StringBuilder b, double v, int places) {
        long scale = 1;
        for (int i = 0; i < places; i++) {
            scale *= 10;
        }
        long units = Math.round(Math.abs(v) * scale);
        if (v < 0 && units != 0) {
            b.append('-');
        }
        b.append(units / scale);
        if (places > 0) {
            b.append('.');
            String frac = Long.toString(units % scale);
            for (int i = frac.length(); i < places; i++) {
                b.append('0');
            }
            b.append(frac);
        }
    }

    private static void two(StringBuilder b, int v) {
        b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}

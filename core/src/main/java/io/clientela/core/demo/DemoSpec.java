package io.clientela.core.demo;

import java.time.LocalDate;

/**
 * What demo company to generate. The same spec always gives byte-identical files.
 *
 * @param seed      the random seed
 * @param customers how many customers (1 to 5,000,000); the bad-row sprinkle needs at least 20
 * @param endDate   the last day of data (passed in: the generator never reads the clock)
 * @param months    months of history ending at {@code endDate} (3 to 120)
 */
public record DemoSpec(long seed, int customers, LocalDate endDate, int months) {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_CUSTOMERS = 20_000;
    public static final int DEFAULT_MONTHS = 24;
    public static final int MAX_CUSTOMERS = 5_000_000;

    public DemoSpec {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and 5,000,000, not " + customers);
        }
        if (months < 3 || months > 120) {
            throw new IllegalArgumentException("months must be between 3 and 120, not " + months);
        }
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is missing: pass the last day of data (the generator reads no clock)");
        }
        if (endDate.getYear() < 1990 || endDate.getYear() > 2200) {
            throw new IllegalArgumentException("endDate must be between the years 1990 and 2200, not " + endDate);
        }
    }

    /** The default company (seed 42, 20,000 customers, 24 months) ending on {@code endDate}. */
    public static DemoSpec defaults(LocalDate endDate) {
        return new DemoSpec(DEFAULT_SEED, DEFAULT_CUSTOMERS, endDate, DEFAULT_MONTHS);
    }

    /** The first day of data. */
    public LocalDate startDate() {
        return endDate.minusMonths(months).plusDays(1);
    }
}

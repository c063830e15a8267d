package io.clientela.core.demo;

import java.time.LocalDate;

/**
 * What demo company to generate.
 *
 * @param seed      the random seed; the same spec gives byte-identical files
 * @param customers how many customers (1 to 5,000,000)
 * @param endDate   the last day of data; history runs {@code months} back from it
 * @param months    months of history (3 to 120)
 */
public record DemoSpec(long seed, int customers, LocalDate endDate, int months) {
    public static final int DEFAULT_CUSTOMERS = 20_000;
    public static final long DEFAULT_SEED = 42;

    public DemoSpec {
        if (customers < 1 || customers > 5_000_000) {
            throw new IllegalArgumentException("customers must be between 1 and 5,000,000, not " + customers);
        }
        if (months < 3 || months > 120) {
            throw new IllegalArgumentException("months must be between 3 and 120, not " + months);
        }
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is missing");
        }
    }

    public LocalDate startDate() {
        return endDate.minusMonths(months).plusDays(1);
    }
}

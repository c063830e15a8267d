package io.clientela.core.value;

/**
 * The per-customer inputs of the value analyses, one entry per customer with at least one purchase
 * up to the as-of date, in customer id order, held column by column so a million customers take
 * tens of megabytes. Dates are epoch days. The arrays are shared, not copied: do not change them.
 */
public final class CustomerInputs {
    final int size;
    final int asOfDay;
    final long[] customerId;
    final int[] firstDay;
    final int[] lastDay;
    final int[] purchaseDays;
    final int[] orders;
    final double[] revenue;
    final double[] margin;
    final int[] repeatDaysInCalibration;
    final int[] lastDayInCalibration;
    final double[] meanRepeatValue;
    final double[] meanRepeatValueAll;
    final int[] holdoutDays;
    final double[] satisfaction;
    final int[] responses;

    public CustomerInputs(int size, int asOfDay) {
        this.size = size;
        this.asOfDay = asOfDay;
        customerId = new long[size];
        firstDay = new int[size];
        lastDay = new int[size];
        purchaseDays = new int[size];
        orders = new int[size];
        revenue = new double[size];
        margin = new double[size];
        repeatDaysInCalibration = new int[size];
        lastDayInCalibration = new int[size];
        meanRepeatValue = new double[size];
        meanRepeatValueAll = new double[size];
        holdoutDays = new int[size];
        satisfaction = new double[size];
        responses = new int[size];
    }

    public int size() {
        return size;
    }

    /** The as-of date (epoch day). */
    public int asOfDay() {
        return asOfDay;
    }

    /** Days from the last purchase to the as-of date. */
    public int recencyDays(int i) {
        return asOfDay - lastDay[i];
    }

    public long[] customerId() {
        return customerId;
    }

    /** The day of the first purchase (epoch day). */
    public int[] firstDay() {
        return firstDay;
    }

    /** The day of the last purchase up to the as-of date (epoch day). */
    public int[] lastDay() {
        return lastDay;
    }

    /** Days with at least one purchase (same-day orders are one purchase): the RFM frequency. */
    public int[] purchaseDays() {
        return purchaseDays;
    }

    /** Orders placed, cancelled ones not counted. */
    public int[] orders() {
        return orders;
    }

    /** Net revenue in the base currency: after returns, credit notes and cancellations. */
    public double[] revenue() {
        return revenue;
    }

    /** Gross margin in the base currency over the lines whose product cost is known; NaN when none is. */
    public double[] margin() {
        return margin;
    }

    /** Repeat purchase days up to the calibration end (x); -1 when the first purchase is after it. */
    public int[] repeatDaysInCalibration() {
        return repeatDaysInCalibration;
    }

    /** The last purchase day up to the calibration end (epoch day). */
    public int[] lastDayInCalibration() {
        return lastDayInCalibration;
    }

    /** Mean net value of the repeat purchase days in the calibration period; 0 without repeats. */
    public double[] meanRepeatValue() {
        return meanRepeatValue;
    }

    /** Mean net value of the repeat purchase days up to the as-of date; 0 without repeats. */
    public double[] meanRepeatValueAll() {
        return meanRepeatValueAll;
    }

    /** Purchase days after the calibration end, up to the as-of date. */
    public int[] holdoutDays() {
        return holdoutDays;
    }

    /** The satisfaction index, 0..100; NaN for customers without rated feedback. */
    public double[] satisfaction() {
        return satisfaction;
    }

    /** Rated survey responses behind the satisfaction index. */
    public int[] responses() {
        return responses;
    }
}

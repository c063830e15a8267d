package io.clientela.analytics.value.clv;

/**
 * How lifetime values are fitted and scored.
 *
 * @param model               the purchase model that scores customers: {@value BgNbd#MODEL} or {@value ParetoNbd#MODEL}
 * @param period              the models' time unit: day, week or month
 * @param horizonMonths       the CLV horizon in months
 * @param monthlyDiscountRate the discount rate per month
 * @param fitAllModels        also fit the purchase model not used for scoring, to compare the two
 */
public record ClvOptions(String model, String period, int horizonMonths, double monthlyDiscountRate, boolean fitAllModels) {
    public ClvOptions {
        if (!model.equals(BgNbd.MODEL) && !model.equals(ParetoNbd.MODEL)) {
            throw new IllegalArgumentException("model must be " + BgNbd.MODEL + " or " + ParetoNbd.MODEL + ", not '" + model + "'");
        }
        io.clientela.core.value.ValueWindow.periodDays(period);
    }
}

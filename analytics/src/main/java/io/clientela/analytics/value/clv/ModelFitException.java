package io.clientela.analytics.value.clv;

import io.clientela.analytics.AnalyticsException;

/**
 * A model could not be fitted to the data given: too few repeat buyers, an optimiser that did not
 * converge, or a likelihood that is not finite at the start. The message names the model and says
 * what the data lacked; {@link #model()} names the model for callers that report several fits.
 */
public final class ModelFitException extends AnalyticsException {
    private final String model;

    ModelFitException(String model, String message) {
        super(message);
        this.model = model;
    }

    /** The model that failed, as in {@link FitReport#model()}. */
    public String model() {
        return model;
    }
}

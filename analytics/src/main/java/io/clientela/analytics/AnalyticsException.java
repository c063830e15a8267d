package io.clientela.analytics;

import io.clientela.core.ClientelaException;

/** The data cannot support the analysis asked for (too few buyers, no convergence, degenerate input). */
public class AnalyticsException extends ClientelaException {

    public AnalyticsException(String message) {
        super(message);
    }
}

/** The few sentences in words and rounded figures that open an analysis' report, read from the run's own results. */
package io.clientela.service.summary;

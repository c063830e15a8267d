package io.clientela.store.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored analysis run and its provenance.
 *
 * @param analyses         what it computed: rfm, abc, quadrant, clv, cohorts, rollups
 * @param parameters       the parameters, as JSON
 * @param algorithmVersion the versions of the algorithms, e.g. {@code rfm-1 abc-1 bgnbd-2}
 * @param result           the aggregate results (fits, curves, cohorts, roll-ups, notes), as JSON
 */
public record AnalysisRun(long runId, List<String> analyses, LocalDate asOf, String parameters, LocalDate dataFrom, LocalDate dataTo,
                          String algorithmVersion, Instant startedAt, Instant finishedAt, long customers, String result) {
}

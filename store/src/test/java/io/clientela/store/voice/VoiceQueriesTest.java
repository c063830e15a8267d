package io.clientela.store.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import io.clientela.store.Workspace;
import io.clientela.store.query.CustomerFilter;
import io.clientela.store.voice.VoiceQueries.ScoreCount;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoiceQueriesTest {
    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
        Db.update(ws.connection(), "INSERT INTO customers (customer_id, country, records) VALUES (1, 'DE', 1), (2, 'AT', 1)");
        Db.update(ws.connection(), """
                INSERT INTO feedback (source, feedback_id, customer_id, responded_at, nps, csat, ces) VALUES
                    ('survey', 'f1', 1, TIMESTAMP '2026-01-05 10:00', 9, NULL, NULL),
                    ('survey', 'f2', 2, TIMESTAMP '2026-01-20 10:00', 9, NULL, NULL),
                    ('survey', 'f3', 1, TIMESTAMP '2026-02-01 00:00', 3, 4, NULL),
                    ('survey', 'f4', 2, TIMESTAMP '2026-02-28 23:59', NULL, NULL, NULL)""");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void counts_the_answers_per_month_and_combination_of_scores() {
        List<ScoreCount> counts = new VoiceQueries(ws.handle()).scoreCounts(CustomerFilter.NONE);

        assertThat(counts).containsExactlyInAnyOrder(new ScoreCount("2026-01", 9, null, null, 2), new ScoreCount("2026-02", 3, 4, null, 1));
    }

    @Test
    void the_period_and_the_customer_filters_select_the_answers() {
        CustomerFilter deInFebruary = new CustomerFilter(List.of("DE"), List.of(), List.of(), List.of(), List.of(), List.of(),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

        assertThat(new VoiceQueries(ws.handle()).scoreCounts(deInFebruary)).containsExactly(new ScoreCount("2026-02", 3, 4, null, 1));
    }

    @Test
    void without_a_voice_run_the_summary_counts_only_the_feedback() {
        VoiceQueries voice = new VoiceQueries(ws.handle());

        assertThat(voice.latestRun()).isNull();
        assertThat(voice.summary(null)).isEqualTo(new VoiceQueries.Summary(0, 4, null, null, null, null, null));
        assertThat(voice.aggregates(null).isEmpty()).isTrue();
    }
}

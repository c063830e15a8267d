package io.clientela.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench collector}, small: both ways of sending, the store check, and its usage errors (its figures are for docs/benchmarks.md). */
class CollectorBenchTest {
    @TempDir
    Path tmp;

    @Test
    void on_a_schedule_it_sends_at_the_rate_and_finds_every_acknowledged_event_in_the_store() throws Exception {
        Bench.Result r = new Bench(tmp.resolve("ws")).run("--json", "collector", "--batches", "200", "--warmup-batches", "20",
                "--batch-size", "10", "--connections", "4", "--rate", "10000");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("batches").asInt()).isEqualTo(200);
        assertThat(j.get("events_in_store").asLong()).isEqualTo(2_200).isEqualTo(j.get("events_acknowledged").asLong());
        assertThat(j.get("rate_events_per_second").asInt()).isEqualTo(10_000);
        // 2,000 events due over 0.2 s: the run cannot be much shorter, as it would be sending as fast as answered
        assertThat(j.get("seconds").asDouble()).isGreaterThanOrEqualTo(0.19);
        assertThat(j.get("events_per_second").asLong()).isLessThanOrEqualTo(10_500);
        assertThat(j.get("anonymous_backfill_failures").asLong()).isZero();
    }

    @Test
    void as_fast_as_answered_it_prints_its_figures_and_the_store_check() {
        Bench.Result r = new Bench(tmp.resolve("ws")).run("collector", "--batches", "50", "--warmup-batches", "0", "--batch-size", "10");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("events/s: 50 batches of 10 from 16 connections").contains("store check: 500 events acknowledged with 202, 500 in the store")
                .contains("machine stalls meanwhile");
    }

    @Test
    void a_negative_rate_is_a_usage_error() {
        Bench.Result r = new Bench(tmp.resolve("ws")).run("collector", "--rate", "-5");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rate >= 0");
    }
}

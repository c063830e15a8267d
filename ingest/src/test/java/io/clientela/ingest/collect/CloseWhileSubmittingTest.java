package io.clientela.ingest.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientela.ingest.Rules;
import io.clientela.store.Workspace;
import io.clientela.store.profiles.IncrementalProfiles;
import io.clientela.store.profiles.SurvivorshipPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the collector while a sender is between its first check and the hand-over of its batch:
 * the batch is refused at once (the sender is told to send it again), never queued behind a writer
 * that has already stopped, where it would wait for the 60 s timeout.
 */
class CloseWhileSubmittingTest {
    @TempDir
    Path tmp;

    @Test
    void a_batch_handed_over_while_the_collector_closes_is_refused_not_left_waiting() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Collector collector = Collectors.start(ws, Rules.defaults(), new IncrementalProfiles(SurvivorshipPolicy.DEFAULT, "US"),
                    Clock.systemUTC(), CollectedItems.NONE, 1_000, 1_000);
            CompletableFuture<Receipt> before = collector.submit(Kind.EVENTS, "web", "test", List.of(event(1)));
            assertThat(before.get(10, TimeUnit.SECONDS).stored()).isEqualTo(1);
            // the sender has passed the first check; the collector closes (its writer stops) before the hand-over
            collector.beforeEnqueue = collector::close;

            assertThatThrownBy(() -> collector.submit(Kind.EVENTS, "web", "test", List.of(event(2))))
                    .isInstanceOf(CollectorBusyException.class).hasMessageContaining("shutting down");
            assertThat(collector.stats().queuedItems()).isZero();
        }
    }

    @Test
    void a_batch_offered_after_close_is_refused_at_once() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Collector collector = Collectors.start(ws, Rules.defaults(), new IncrementalProfiles(SurvivorshipPolicy.DEFAULT, "US"),
                    Clock.systemUTC(), CollectedItems.NONE, 1_000, 1_000);
            collector.close();

            assertThatThrownBy(() -> collector.submit(Kind.EVENTS, "web", "test", List.of(event(1))))
                    .isInstanceOf(CollectorBusyException.class).hasMessageContaining("send the batch again");
        }
    }

    private static Row event(int i) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("event_id", "e" + i);
        n.put("type", "page_view");
        n.put("occurred_at", "2026-11-01T12:00:00Z");
        n.put("anonymous_id", "a" + i);
        return new Row(n, 1, 0, "e" + i);
    }
}

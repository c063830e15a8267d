package io.clientela.action.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.action.Fixture;
import io.clientela.store.Handle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyWarningScheduleTest {
    @TempDir
    Path tmp;

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Fixture.NOW);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void scheduled_rules_run_when_due_by_the_clock_passed_in() throws Exception {
        try (Fixture f = new Fixture(tmp)) {
            f.customer(1, "Ann Smith", "Europe", null).order(1, "O1", 200, 100, "completed");
            RuleSet set = RuleFile.parse("r.yaml", """
                    rules:
                      - id: lapsed
                        schedule: customers
                        every: 1d
                        when: days_since(order) > 90
                        actions: [tag: lapsed]
                    """);
            MovableClock clock = new MovableClock();
            List<Evaluation> runs = new CopyOnWriteArrayList<>();
            Handle own = f.handle().fork();
            EarlyWarningSchedule schedule = EarlyWarningSchedule.start(new RuleEngine(own, set, clock, null), Duration.ofMillis(20), runs::add, e -> { });
            try {
                await(() -> runs.stream().mapToInt(Evaluation::evaluated).sum() >= 1);
                Thread.sleep(100);
                assertThat(runs.stream().mapToInt(Evaluation::evaluated).sum()).as("not due again the same day").isEqualTo(1);
                clock.now.set(Fixture.NOW.plus(Duration.ofDays(1)));
                await(() -> runs.stream().mapToInt(Evaluation::evaluated).sum() >= 2);
            } finally {
                schedule.close();
                own.close();
            }
            assertThat(runs.stream().mapToInt(r -> r.fired().size()).sum()).isEqualTo(2);
            assertThat(f.count("SELECT count(*) FROM customer_tags WHERE tag = 'lapsed'")).isEqualTo(1);
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}

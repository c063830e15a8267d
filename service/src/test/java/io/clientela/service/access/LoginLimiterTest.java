package io.clientela.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.BusyException;
import io.clientela.store.Db;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard's window and its memory across restarts, on a clock the test moves. */
class LoginLimiterTest {
    @TempDir
    Path tmp;

    Workspace ws;
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-01T12:00:00Z"));

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"), "test");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void a_key_may_try_again_once_its_oldest_attempt_leaves_the_window() {
        LoginLimiter limiter = limiter();
        for (int i = 0; i < 3; i++) {
            limiter.begin("ip:a", "user:x" + i);
            clock.move(Duration.ofMinutes(1));
        }
        assertThatThrownBy(() -> limiter.begin("ip:a", "user:y")).isInstanceOf(BusyException.class)
                .satisfies(e -> assertThat(((BusyException) e).retryAfterSeconds()).isEqualTo(12 * 60));
        clock.move(Duration.ofMinutes(12));
        limiter.begin("ip:a", "user:y");
        assertThatThrownBy(() -> limiter.begin("ip:a", "user:z")).isInstanceOf(BusyException.class);
        limiter.begin("ip:b", "user:z");
    }

    @Test
    void a_new_limiter_on_the_workspace_starts_from_the_attempts_kept_and_forgets_the_expired_ones() {
        LoginLimiter first = limiter();
        for (int i = 0; i < 3; i++) {
            first.begin("ip:a", "user:x");
        }
        assertThatThrownBy(() -> limiter().begin("ip:b", "user:x")).isInstanceOf(BusyException.class);
        assertThatThrownBy(() -> limiter().begin("ip:a", "user:w")).isInstanceOf(BusyException.class);
        clock.move(Duration.ofMinutes(15));
        LoginLimiter later = limiter();
        later.begin("ip:a", "user:x");
        assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM login_attempts")).as("only the new attempt's two keys").isEqualTo(2);
    }

    @Test
    void a_successful_attempt_stops_counting_and_clears_its_account_everywhere() {
        LoginLimiter limiter = limiter();
        limiter.begin("ip:a", "user:x");
        limiter.begin("ip:a", "user:x");
        LoginLimiter.Attempt ok = limiter.begin("ip:b", "user:x");
        limiter.succeeded(ok, "user:x");
        limiter.begin("ip:b", "user:x");
        limiter.begin("ip:b", "user:x");
        limiter.begin("ip:a", "user:v");
        assertThatThrownBy(() -> limiter.begin("ip:a", "user:u")).as("ip:a kept its two failures").isInstanceOf(BusyException.class);
        limiter.begin("ip:c", "user:x");
        assertThatThrownBy(() -> limiter().begin("ip:d", "user:x")).as("and so does the workspace").isInstanceOf(BusyException.class);
    }

    private LoginLimiter limiter() {
        return new LoginLimiter(clock, 3, Duration.ofMinutes(15), ws::open);
    }

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void move(Duration d) {
            now = now.plus(d);
        }

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
            return now;
        }
    }
}

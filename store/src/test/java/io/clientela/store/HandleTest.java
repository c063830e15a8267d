package io.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandleTest {
    @TempDir
    Path tmp;

    private static void tag(Handle h, String tag) {
        Db.update(h.connection(), "INSERT INTO customer_tags VALUES (1, ?, now()::TIMESTAMP, NULL)", tag);
    }

    private static long tags(Handle h) {
        return Db.queryLong(h.connection(), "SELECT count(*) FROM customer_tags");
    }

    @Test
    void work_that_throws_leaves_nothing_behind_and_work_that_returns_is_committed() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Handle h = Handle.on(ws.connection());
            assertThatThrownBy(() -> h.inTransaction(() -> {
                tag(h, "a");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(tags(h)).isZero();
            h.inTransaction(() -> tag(h, "b"));
            try (Handle other = h.fork()) {
                assertThat(tags(other)).as("committed: another connection sees it").isEqualTo(1);
            }
        }
    }

    @Test
    void a_transaction_inside_another_is_part_of_it_and_rolls_back_with_it() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Handle h = Handle.on(ws.connection());
            assertThatThrownBy(() -> h.inTransaction(() -> {
                h.inTransaction(() -> tag(h, "inner"));
                tag(h, "outer");
                throw new IllegalStateException("after the inner one returned");
            })).hasMessage("after the inner one returned");
            assertThat(tags(h)).isZero();
        }
    }

    @Test
    void closing_a_handle_on_a_borrowed_connection_leaves_it_open_and_a_fork_is_closed_with_its_handle() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Handle.on(ws.connection()).close();
            assertThat(ws.connection().isClosed()).isFalse();
            Handle fork = Handle.open(ws);
            fork.close();
            assertThat(fork.connection().isClosed()).isTrue();
        }
    }
}

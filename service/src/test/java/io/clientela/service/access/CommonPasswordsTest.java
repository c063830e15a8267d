package io.clientela.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.UsageException;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonPasswordsTest {
    @TempDir
    Path tmp;

    @Test
    void a_new_user_may_not_take_a_common_password_in_any_case() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
            for (String common : new String[] {"password123", "Password123", "1q2w3e4r5t6y", "QWERTYUIOP", "manchester"}) {
                assertThatThrownBy(() -> users.add("ana", Role.VIEWER, common.toCharArray())).as(common).isInstanceOf(UsageException.class)
                        .hasMessageContaining("common");
            }
            assertThat(users.list()).isEmpty();
            users.add("ana", Role.VIEWER, "plum kettle on the stairs".toCharArray());
            assertThat(users.exists("ana")).isTrue();
        }
    }

    @Test
    void a_changed_password_may_not_be_a_common_one_nor_the_user_name() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
            users.add("maria.garcia", Role.ANALYST, "plum kettle on the stairs".toCharArray());
            assertThatThrownBy(() -> users.passwd("maria.garcia", "1234567890".toCharArray())).isInstanceOf(UsageException.class)
                    .hasMessageContaining("common");
            assertThatThrownBy(() -> users.passwd("maria.garcia", "Maria.Garcia".toCharArray())).isInstanceOf(UsageException.class)
                    .hasMessageContaining("user name");
            assertThat(users.authenticate("maria.garcia", "plum kettle on the stairs".toCharArray())).isPresent();
        }
    }
}

package io.clientela.service.access;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.UsageException;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordsAndUsersTest {
    @TempDir
    Path tmp;

    @Test
    void hashes_are_salted_pbkdf2_and_verify_only_the_right_password() {
        PasswordHasher h = new PasswordHasher(10_000);
        String a = h.hash("the right password".toCharArray());
        String b = h.hash("the right password".toCharArray());
        assertThat(a).startsWith("pbkdf2-sha256$10000$").isNotEqualTo(b);
        assertThat(h.verify("the right password".toCharArray(), a)).isTrue();
        assertThat(h.verify("the wrong password".toCharArray(), a)).isFalse();
        assertThat(h.verify("x".toCharArray(), "garbage")).isFalse();
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void users_are_added_with_a_role_and_authenticate_with_their_password() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
            users.add("ana", Role.ANALYST, "long enough pw".toCharArray());
            assertThat(users.authenticate("ana", "long enough pw".toCharArray())).get().extracting(User::role).isEqualTo(Role.ANALYST);
            assertThat(users.authenticate("ana", "wrong".toCharArray())).isEmpty();
            assertThat(users.authenticate("nobody", "long enough pw".toCharArray())).isEmpty();
            users.passwd("ana", "another long one".toCharArray());
            assertThat(users.authenticate("ana", "long enough pw".toCharArray())).isEmpty();
            assertThat(users.authenticate("ana", "another long one".toCharArray())).isPresent();
            assertThat(users.list()).extracting(m -> m.get("username")).containsExactly("ana");
        }
    }

    @Test
    void rejects_short_passwords_bad_names_unknown_roles_and_duplicates() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
            assertThatThrownBy(() -> users.add("ana", Role.VIEWER, "short".toCharArray())).isInstanceOf(UsageException.class)
                    .hasMessageContaining("at least 10");
            assertThatThrownBy(() -> users.add("<script>", Role.VIEWER, "long enough pw".toCharArray())).isInstanceOf(UsageException.class)
                    .hasMessageContaining("user name");
            assertThatThrownBy(() -> Role.parse("root")).isInstanceOf(UsageException.class).hasMessageContaining("admin, analyst, agent, viewer");
            users.add("ana", Role.VIEWER, "long enough pw".toCharArray());
            assertThatThrownBy(() -> users.add("ana", Role.ADMIN, "long enough pw".toCharArray())).hasMessageContaining("already exists");
        }
    }
}

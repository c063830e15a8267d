package io.clientela.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.core.ClientelaException;
import io.clientela.store.Db;
import io.clientela.store.Handle;
import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace always keeps an enabled admin, even when two admins are taken away at the same moment on two connections. */
class LastAdminTest {
    @TempDir
    Path tmp;

    @Test
    void two_admins_demoted_at_the_same_moment_leave_one_admin() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Workspace ws = Workspace.open(tmp.resolve("ws" + attempt), "test")) {
                Users setup = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
                setup.add("one", Role.ADMIN, "long enough pw".toCharArray());
                setup.add("two", Role.ADMIN, "long enough pw".toCharArray());
                CountDownLatch go = new CountDownLatch(1);
                List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
                List<Thread> threads = new ArrayList<>();
                for (String name : List.of("one", "two")) {
                    Thread t = new Thread(() -> {
                        try (Handle h = ws.open()) {
                            go.await();
                            outcomes.add(new Users(h, Clock.systemUTC(), new PasswordHasher(1_000)).changeRole(name, Role.VIEWER, Actor.commandLine()));
                        } catch (ClientelaException e) {
                            outcomes.add(e.kind());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    t.start();
                    threads.add(t);
                }
                go.countDown();
                for (Thread t : threads) {
                    t.join();
                }
                assertThat(outcomes).hasSize(2);
                assertThat(outcomes).containsOnlyOnce(ClientelaException.Kind.CONFLICT);
                assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM users WHERE role = 'admin' AND NOT disabled")).isEqualTo(1);
            }
        }
    }

    @Test
    void disabling_ends_the_sessions_and_every_change_is_audited_without_a_password() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
            users.add("root", Role.ADMIN, "long enough pw".toCharArray());
            User ana = users.add("ana", Role.ANALYST, "long enough pw".toCharArray(), Actor.commandLine());
            Sessions sessions = new Sessions(ws.handle(), Clock.systemUTC(), java.time.Duration.ofHours(1), new java.security.SecureRandom());
            String token = sessions.create(ana);
            assertThat(sessions.find(token)).isPresent();

            assertThat(users.disable("ana", Actor.commandLine()).changed()).isTrue();
            assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM sessions")).isZero();
            assertThat(users.enable("ana", Actor.commandLine()).changed()).isTrue();
            assertThat(sessions.find(token)).isEmpty();
            users.changeRole("ana", Role.VIEWER, Actor.commandLine());
            users.remove("ana", Actor.commandLine());
            // an admin who is not the last may be disabled, demoted and removed (the guard's write and the change share a transaction)
            users.add("deputy", Role.ADMIN, "long enough pw".toCharArray());
            users.disable("root", Actor.commandLine());
            users.enable("root", Actor.commandLine());
            users.changeRole("deputy", Role.ANALYST, Actor.commandLine());
            users.changeRole("deputy", Role.ADMIN, Actor.commandLine());
            users.remove("deputy", Actor.commandLine());
            assertThat(users.list()).extracting(m -> m.get("username")).containsExactly("root");

            List<String> actions = Db.query(ws.connection(), "SELECT action FROM audit_log ORDER BY audit_id").stream()
                    .map(r -> (String) r.get("action")).toList();
            assertThat(actions).containsExactly("user_add", "user_disable", "user_enable", "user_role", "user_remove", "user_disable", "user_enable",
                    "user_role", "user_role", "user_remove");
            assertThat(Db.queryLong(ws.connection(), "SELECT count(*) FROM audit_log WHERE detail LIKE '%long enough%' OR username <> 'cli'")).isZero();
        }
    }
}

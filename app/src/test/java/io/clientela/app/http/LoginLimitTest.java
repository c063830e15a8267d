package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Users;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brute-force guard under real concurrency, against a real server: many logins at once from
 * one address, or at one account from many addresses, and across a restart. The target account's
 * password is hashed at the full cost, so each check takes long enough for requests to overlap.
 */
class LoginLimitTest {
    static final AuthSettings THREE = new AuthSettings(Duration.ofHours(1), 3, Duration.ofMinutes(15), false);

    @TempDir
    Path tmp;

    WebFixture server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fifty_parallel_logins_from_one_address_check_at_most_the_limit_and_refuse_the_right_password_after() throws Exception {
        server = WebFixture.start(tmp.resolve("ws"), THREE);
        fullCostPassword("admin");
        List<RawLogin.Answer> wrong = inParallel(49, i -> () -> RawLogin.post(server.port(), "127.0.0.1", "admin", "guess-" + i));
        RawLogin.Answer right = RawLogin.post(server.port(), "127.0.0.1", "admin", WebFixture.PASSWORD);

        assertThat(statuses(wrong)).isEqualTo(Map.of(401, 3L, 429, 46L));
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.all("Retry-After")).isNotEmpty();
        assertThat(right.all("Set-Cookie")).isEmpty();
    }

    @Test
    void parallel_logins_at_one_account_from_many_addresses_are_limited_per_account() throws Exception {
        server = WebFixture.start(tmp.resolve("ws"), THREE);
        fullCostPassword("analyst");
        List<RawLogin.Answer> wrong = inParallel(20, i -> () -> RawLogin.post(server.port(), "127.0.0." + (i + 2), "analyst", "guess-" + i));

        assertThat(statuses(wrong)).isEqualTo(Map.of(401, 3L, 429, 17L));
        assertThat(RawLogin.post(server.port(), "127.0.0.40", "analyst", WebFixture.PASSWORD).status()).isEqualTo(429);
        assertThat(RawLogin.post(server.port(), "127.0.0.40", "viewer", WebFixture.PASSWORD).status())
                .as("the addresses and the other accounts are not locked").isEqualTo(200);
    }

    @Test
    void logins_at_many_accounts_from_one_address_are_limited_per_address() throws Exception {
        server = WebFixture.start(tmp.resolve("ws"), THREE);
        List<RawLogin.Answer> wrong = inParallel(12, i -> () -> RawLogin.post(server.port(), "127.0.0.9", "name-" + i, "guess-" + i));

        assertThat(statuses(wrong)).isEqualTo(Map.of(401, 3L, 429, 9L));
        assertThat(RawLogin.post(server.port(), "127.0.0.9", "viewer", WebFixture.PASSWORD).status()).isEqualTo(429);
        assertThat(RawLogin.post(server.port(), "127.0.0.10", "viewer", WebFixture.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void the_limit_survives_a_restart_on_the_same_workspace_and_keeps_neither_names_nor_addresses() {
        server = WebFixture.start(tmp.resolve("ws"), THREE);
        for (int i = 0; i < 3; i++) {
            assertThat(RawLogin.post(server.port(), "127.0.0.5", "agent", "guess-" + i).status()).isEqualTo(401);
        }
        server.close();
        server = null;

        server = WebFixture.reopen(tmp.resolve("ws"), THREE);
        assertThat(RawLogin.post(server.port(), "127.0.0.6", "agent", WebFixture.PASSWORD).status()).isEqualTo(429);
        assertThat(RawLogin.post(server.port(), "127.0.0.5", "viewer", WebFixture.PASSWORD).status()).isEqualTo(429);
        String kept = Db.query(server.app().workspace().connection(), "SELECT * FROM login_attempts").toString();
        assertThat(kept).doesNotContain("agent").doesNotContain("127.0.0.5");
    }

    @Test
    void a_successful_login_clears_the_account_but_not_the_failures_of_the_address() {
        server = WebFixture.start(tmp.resolve("ws"), THREE);
        for (int i = 0; i < 2; i++) {
            assertThat(RawLogin.post(server.port(), "127.0.0.7", "agent", "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(RawLogin.post(server.port(), "127.0.0.8", "agent", WebFixture.PASSWORD).status()).isEqualTo(200);
        assertThat(RawLogin.post(server.port(), "127.0.0.8", "agent", "guess-x").status()).isEqualTo(401);
        assertThat(RawLogin.post(server.port(), "127.0.0.8", "agent", "guess-y").status()).as("the account starts again from zero").isEqualTo(401);
        assertThat(RawLogin.post(server.port(), "127.0.0.7", "viewer", "guess-z").status()).isEqualTo(401);
        assertThat(RawLogin.post(server.port(), "127.0.0.7", "viewer", WebFixture.PASSWORD).status()).as("the address has used its three").isEqualTo(429);
    }

    /** Gives {@code user} the fixture's password hashed at the full production cost (the fixture's are cheap). */
    private void fullCostPassword(String user) {
        new Users(server.app().handle(), Clock.systemUTC(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)).passwd(user,
                WebFixture.PASSWORD.toCharArray());
    }

    /** Runs {@code n} calls at once (all released together) and returns their answers. */
    private static List<RawLogin.Answer> inParallel(int n, Function<Integer, Callable<RawLogin.Answer>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RawLogin.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<RawLogin.Answer> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<RawLogin.Answer> out = new ArrayList<>();
            for (Future<RawLogin.Answer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> statuses(List<RawLogin.Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(RawLogin.Answer::status, Collectors.counting()));
    }
}

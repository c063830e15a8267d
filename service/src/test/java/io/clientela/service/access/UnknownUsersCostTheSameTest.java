package io.clientela.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timing must not tell which user names exist: checking the password of an unknown name costs the
 * same key derivation as checking a real one. Counted through the hasher's seam, not timed.
 */
class UnknownUsersCostTheSameTest {
    static final int COUNT = 20_000;

    @TempDir
    Path tmp;

    final List<Integer> derivations = Collections.synchronizedList(new ArrayList<>());
    final PasswordHasher hasher = new PasswordHasher(COUNT, (password, salt, iterations) -> {
        derivations.add(iterations);
        return PasswordHasher.pbkdf2(password, salt, iterations);
    });

    @Test
    void an_unknown_a_disabled_and_a_known_user_each_cost_one_derivation_at_the_count_of_stored_hashes() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"), "test")) {
            Users users = new Users(ws.handle(), Clock.systemUTC(), hasher);
            users.add("ana", Role.ANALYST, "plum kettle on the stairs".toCharArray());
            users.add("ben", Role.VIEWER, "plum kettle on the stairs".toCharArray());
            io.clientela.store.Db.update(ws.connection(), "UPDATE users SET disabled = true WHERE username = 'ben'");
            assertThat(derivations).containsExactly(COUNT, COUNT);

            assertThat(spentOn(() -> users.authenticate("ana", "a wrong password".toCharArray()))).containsExactly(COUNT);
            assertThat(spentOn(() -> users.authenticate("ana", "plum kettle on the stairs".toCharArray()))).containsExactly(COUNT);
            assertThat(spentOn(() -> users.authenticate("nobody", "a wrong password".toCharArray()))).containsExactly(COUNT);
            assertThat(spentOn(() -> users.authenticate("ben", "plum kettle on the stairs".toCharArray()))).containsExactly(COUNT);
            assertThat(spentOn(() -> users.authenticate(null, "".toCharArray()))).containsExactly(COUNT);
        }
    }

    @Test
    void the_production_hasher_spends_its_full_count_on_a_name_without_a_hash() {
        List<Integer> seen = new ArrayList<>();
        PasswordHasher production = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS, (password, salt, iterations) -> {
            seen.add(iterations);
            return new byte[32];
        });
        production.spendOneCheck("anything".toCharArray());
        assertThat(seen).containsExactly(PasswordHasher.DEFAULT_ITERATIONS);
    }

    private List<Integer> spentOn(Runnable r) {
        derivations.clear();
        r.run();
        return List.copyOf(derivations);
    }
}

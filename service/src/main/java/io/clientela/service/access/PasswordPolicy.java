package io.clientela.service.access;

import io.clientela.core.FaultException;
import io.clientela.core.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B (5.1.1.2): long enough, not one that attackers
 * try first, and not the user's own name. The common ones are the 30,000 most frequent passwords of
 * zxcvbn's list (MIT; {@code common-passwords_LICENSE.txt} beside it), compared without regard to case.
 * No rules about digits or symbols: they make passwords harder to remember, not to guess.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 10;
    static final String COMMON_LIST = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Throws a {@link UsageException} saying what is wrong with {@code password} for the user {@code username}. */
    static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new UsageException("password: expected at least " + MIN_LENGTH + " characters");
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new UsageException("password: it is the user name; choose another");
        }
        if (Common.PASSWORDS.contains(lower)) {
            throw new UsageException("password: it is one of the " + String.format(Locale.ROOT, "%,d", Common.PASSWORDS.size())
                    + " most common passwords, which attackers try first; choose another (a few unrelated words make a good one)");
        }
    }

    /** The list, read once on first use (a holder, so nothing is read by a server that sets no passwords). */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new FaultException("the list of common passwords (" + COMMON_LIST + ") is missing from this build");
                }
                Set<String> out = new HashSet<>(40_000);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        out.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(out);
            } catch (IOException e) {
                throw new FaultException("cannot read the list of common passwords (" + COMMON_LIST + "): " + e.getMessage(), e);
            }
        }
    }
}

package io.clientela.service.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018) with a 16-byte random salt and, by default, 600,000 iterations
 * (the OWASP 2023 recommendation). Stored as {@code pbkdf2-sha256$iterations$salt$hash} so the
 * count can be raised later without invalidating existing hashes.
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final byte[] NO_SALT = new byte[16];
    private final int iterations;
    private final Kdf kdf;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int iterations) {
        this(iterations, PasswordHasher::pbkdf2);
    }

    /** With another key derivation: the seam through which a test counts the work done. */
    PasswordHasher(int iterations, Kdf kdf) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("iterations: expected at least 1000, got " + iterations);
        }
        this.iterations = iterations;
        this.kdf = kdf;
    }

    /** The key derivation: a 256-bit key from a password, a salt and an iteration count. */
    interface Kdf {
        byte[] derive(char[] password, byte[] salt, int iterations);
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(kdf.derive(password, salt, iterations));
    }

    /** Whether {@code password} matches {@code stored}, compared in constant time. */
    public boolean verify(char[] password, String stored) {
        String[] p = stored == null ? new String[0] : stored.split("\\$");
        if (p.length != 4 || !PREFIX.equals(p[0])) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(p[3]);
        byte[] actual = kdf.derive(password, Base64.getDecoder().decode(p[2]), Integer.parseInt(p[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * One derivation at this hasher's full cost, its result thrown away: what a failed check costs,
     * spent when there is no hash to check against (an unknown user), so that the two take as long.
     */
    public void spendOneCheck(char[] password) {
        kdf.derive(password, NO_SALT, iterations);
    }

    static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new io.clientela.core.FaultException("this Java has no PBKDF2WithHmacSHA256, which Clientela needs for passwords", e);
        } finally {
            spec.clearPassword();
        }
    }
}

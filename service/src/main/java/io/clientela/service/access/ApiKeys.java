package io.clientela.service.access;

import io.clientela.core.ConflictException;
import io.clientela.core.FaultException;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.store.Handle;
import io.clientela.store.access.ApiKeyRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates, lists, revokes and checks API keys. A key reads {@code clk_<id>_<secret>}: the id finds
 * the row, the secret (32 random bytes) is compared by its SHA-256 in constant time. A fast hash is
 * right here because the secret is random, not a password a person chose. Keys are held in memory
 * after start, so checking one costs no database access; changes go through this service.
 */
public final class ApiKeys {
    private static final String PREFIX = "clk_";
    private final Handle handle;
    private final ApiKeyRows rows;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();

    public ApiKeys(Handle handle, Clock clock, SecureRandom random) {
        this.handle = handle;
        this.rows = new ApiKeyRows(handle);
        this.clock = clock;
        this.random = random;
        for (ApiKeyRows.KeyRow r : rows.all()) {
            ApiKey k = new ApiKey(r.keyId(), Role.parseKey(r.role()), r.source(), r.label(), r.createdAt(), r.revokedAt());
            byId.put(k.keyId(), new Entry(k, r.secretSha256()));
        }
    }

    public synchronized NewApiKey create(Role role, String source, String label) {
        if (!Role.KEYS.contains(role)) {
            throw new UsageException("role must be write, read or admin, not " + role.id());
        }
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key;
        try {
            key = new ApiKey(keyId, role, source, label, now(), null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String hash = sha256(secretText);
        rows.insert(keyId, role.keyLabel(), source, label, hash, key.createdAt());
        byId.put(keyId, new Entry(key, hash));
        return new NewApiKey(key, PREFIX + keyId + "_" + secretText);
    }

    public List<ApiKey> list() {
        List<ApiKey> out = new ArrayList<>();
        byId.values().forEach(e -> out.add(e.key()));
        out.sort((a, b) -> a.createdAt().compareTo(b.createdAt()) != 0 ? a.createdAt().compareTo(b.createdAt()) : a.keyId().compareTo(b.keyId()));
        return out;
    }

    /** Creates a key, as {@link #create(Role, String, String)}, and records who did it in the audit log (never the secret). */
    public synchronized NewApiKey create(Role role, String source, String label, Actor by) {
        NewApiKey k = create(role, source, label);
        audit(by, "apikey_create", k.key().keyId() + " (" + role.keyLabel() + ", source " + k.key().source() + ")");
        return k;
    }

    /** Revokes a key, as {@link #revoke(String)}, and records who did it in the audit log. */
    public synchronized ApiKey revoke(String keyId, Actor by) {
        ApiKey k = revoke(keyId);
        audit(by, "apikey_revoke", k.keyId());
        return k;
    }

    /** Revokes a key by id: requests with it are refused from then on. An unknown id is not found, a revoked one a conflict. */
    public synchronized ApiKey revoke(String keyId) {
        Entry e = byId.get(keyId);
        LocalDateTime at = now();
        if (e == null) {
            throw new NotFoundException("no API key with id '" + keyId + "' (see 'clientela apikey list')");
        }
        if (!e.key().active()) {
            throw new ConflictException("the API key " + keyId + " was already revoked on " + e.key().revokedAt().toLocalDate());
        }
        if (!rows.revoke(keyId, at)) {
            throw new ConflictException("the API key " + keyId + " was already revoked (by another process); see 'clientela apikey list'");
        }
        ApiKey k = e.key();
        ApiKey revoked = new ApiKey(k.keyId(), k.role(), k.source(), k.label(), k.createdAt(), at);
        byId.put(keyId, new Entry(revoked, e.hash()));
        return revoked;
    }

    /** The active key {@code presented} names, or an {@link InvalidApiKeyException} saying what is wrong. */
    public ApiKey authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            throw new InvalidApiKeyException("an API key is required: send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'");
        }
        String text = presented.strip();
        int split = text.indexOf('_', PREFIX.length());
        if (!text.startsWith(PREFIX) || split < 0) {
            throw new InvalidApiKeyException("the API key is malformed (keys look like clk_<id>_<secret>)");
        }
        Entry e = byId.get(text.substring(PREFIX.length(), split));
        boolean matches = e != null && MessageDigest.isEqual(e.hash().getBytes(StandardCharsets.US_ASCII),
                sha256(text.substring(split + 1)).getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            throw new InvalidApiKeyException("the API key is not valid");
        }
        if (!e.key().active()) {
            throw new InvalidApiKeyException("the API key " + e.key().keyId() + " was revoked on " + e.key().revokedAt().toLocalDate());
        }
        return e.key();
    }

    /** The key, if its role allows {@code needed}; else a {@link NotPermittedException}. */
    public static ApiKey require(ApiKey key, Role needed) {
        if (!key.role().permits(needed)) {
            throw new NotPermittedException("the API key " + key.keyId() + " has role '" + key.role().keyLabel() + "', which may not "
                    + (needed == Role.WRITER ? "send data" : needed == Role.VIEWER ? "read data" : "manage keys") + " (needs '"
                    + needed.keyLabel() + "' or 'admin')");
        }
        return key;
    }

    private void audit(Actor by, String action, String detail) {
        new AuditLog(handle, clock).record(by.user(), action, null, detail, by.remote());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new FaultException("this Java has no SHA-256, which Clientela needs", e);
        }
    }

    private record Entry(ApiKey key, String hash) {
    }
}

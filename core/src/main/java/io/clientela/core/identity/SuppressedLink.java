package io.clientela.core.identity;

/**
 * A link a user undid: {@code key} must not join records {@code a} and {@code b} directly. They may
 * still end up in one customer through another shared identifier.
 */
public record SuppressedLink(long recordA, long recordB, IdentityKey.Type type, String value) {

    boolean matches(long x, long y, IdentityKey key) {
        return key.type() == type && key.value().equals(value) && ((x == recordA && y == recordB) || (x == recordB && y == recordA));
    }
}

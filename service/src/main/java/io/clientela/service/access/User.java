package io.clientela.service.access;

/** A signed-in person: id, name and role. */
public record User(long id, String username, Role role) {
    public User {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username: must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("role: must not be null");
        }
    }
}

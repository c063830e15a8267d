package io.clientela.action.alert;

import io.clientela.core.UsageException;

/** A person or team alerts can be routed to, with where to reach them (either may be null). */
public record Recipient(String name, String email, String webhook) {
    public Recipient {
        if (name == null || name.isBlank()) {
            throw new UsageException("recipient name must not be blank");
        }
        if (email != null && !email.contains("@")) {
            throw new UsageException("recipient '" + name + "': email '" + email + "' has no @");
        }
        if (webhook != null && !webhook.startsWith("http://") && !webhook.startsWith("https://")) {
            throw new UsageException("recipient '" + name + "': webhook '" + webhook + "' must start with http:// or https://");
        }
    }
}

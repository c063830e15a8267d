package io.clientela.service.access;

/** A key just created: {@code secret} is the full key text, shown this once and never stored. */
public record NewApiKey(ApiKey key, String secret) {
}

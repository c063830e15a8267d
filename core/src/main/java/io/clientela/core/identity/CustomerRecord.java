package io.clientela.core.identity;

/**
 * What identity resolution needs of one customer record: its id, where it comes from, and the raw
 * identifiers. {@code country} (ISO 3166 alpha-2) reads phone numbers written without a country code.
 */
public record CustomerRecord(long recordId, String source, String externalId, String email, String phone, String country) {

    public CustomerRecord {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("record " + recordId + ": source is missing");
        }
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("record " + recordId + ": external id is missing");
        }
    }
}

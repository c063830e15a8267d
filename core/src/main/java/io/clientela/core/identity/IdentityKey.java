package io.clientela.core.identity;

/** A normalised identifier of a record: an e-mail, an E.164 phone number or {@code source:id}. */
public record IdentityKey(Type type, String value) {

    public IdentityKey {
        if (type == null || value == null || value.isEmpty()) {
            throw new IllegalArgumentException("identity key needs a type and a value, got " + type + "/" + value);
        }
    }

    /** The kinds of identifier that link records. */
    public enum Type {
        EMAIL, PHONE, EXTERNAL_ID
    }
}

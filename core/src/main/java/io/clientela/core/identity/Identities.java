package io.clientela.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalisation of identifiers. E-mails are trimmed and lower-cased; dots and "+tags" are kept,
 * because deterministic matching must never invent a link a provider might not make. Phones become
 * E.164 using the record's country for numbers written without a country code.
 */
public final class Identities {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    private Identities() {
    }

    /** The normalised e-mail, or empty when the text is not an e-mail address. */
    public static Optional<String> email(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String e = raw.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(e).matches() ? Optional.of(e) : Optional.empty();
    }

    /**
     * The number in E.164 ({@code +4477009001234}), or empty when it cannot be one: letters, too few or
     * too many digits, or no country to read a national number with.
     */
    public static Optional<String> phone(String raw, String country) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || !s.matches("[+0-9 ()./\\-]+")) {
            return Optional.empty();
        }
        boolean international = s.startsWith("+") || s.startsWith("00");
        String digits = s.replaceAll("[^0-9]", "");
        String e164;
        if (international) {
            e164 = s.startsWith("+") ? digits : digits.substring(2);
        } else {
            CallingCodes.Code code = CallingCodes.of(country);
            if (code == null) {
                return Optional.empty();
            }
            String national = digits;
            if (code.trunkPrefix() != null && national.startsWith(code.trunkPrefix())) {
                national = national.substring(code.trunkPrefix().length());
            }
            if (code.code().equals("1") && national.length() == 11 && national.startsWith("1")) {
                national = national.substring(1);
            }
            e164 = code.code() + national;
        }
        if (e164.length() < 8 || e164.length() > 15 || e164.startsWith("0")) {
            return Optional.empty();
        }
        return Optional.of("+" + e164);
    }

    /** Every identity key of a record: its external id, and its e-mail and phone when they normalise. */
    public static List<IdentityKey> keys(CustomerRecord r) {
        List<IdentityKey> keys = new ArrayList<>(3);
        keys.add(new IdentityKey(IdentityKey.Type.EXTERNAL_ID, r.source() + ":" + r.externalId().strip()));
        email(r.email()).ifPresent(e -> keys.add(new IdentityKey(IdentityKey.Type.EMAIL, e)));
        phone(r.phone(), r.country()).ifPresent(p -> keys.add(new IdentityKey(IdentityKey.Type.PHONE, p)));
        return keys;
    }
}

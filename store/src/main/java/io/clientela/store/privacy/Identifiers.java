package io.clientela.store.privacy;

import io.clientela.store.Db;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The identifiers of one customer, normalised, and the regular expressions (RE2, as DuckDB runs
 * them) that find them in text and JSON whatever their case: e-mails (lower-case, trimmed), phones
 * (their digits, found with or without spaces, dots, dashes and brackets between them), full names
 * (two words or more) and source ids. Every record merged into the profile counts.
 *
 * <p>A match must stand alone: the characters around it may not continue it (a letter, digit or
 * {@code @._+-} around an e-mail or id, a digit around a phone), so {@code ann@x.org} is not found in
 * {@code joann@x.org}.
 */
record Identifiers(List<String> emails, List<String> phones, List<String> names, List<String> ids) {
    private static final String WORD = "[^\\pL\\pN@._+-]";
    private static final String END = "($|[^\\pL\\pN@_+-]|\\.(?:$|[^\\pL\\pN]))";

    static Identifiers of(Connection c, long customerId) {
        String records = "(SELECT record_id FROM customer_records WHERE customer_id = " + customerId + ")";
        List<String> emails = values(c, "SELECT lower(trim(email)) FROM customer_records WHERE customer_id = " + customerId
                + " UNION SELECT lower(trim(email)) FROM customers WHERE customer_id = " + customerId
                + " UNION SELECT lower(trim(value)) FROM identities WHERE type = 'EMAIL' AND record_id IN " + records, 4);
        List<String> phones = values(c, "SELECT regexp_replace(phone, '[^0-9]', '', 'g') FROM customer_records WHERE customer_id = " + customerId
                + " UNION SELECT regexp_replace(phone, '[^0-9]', '', 'g') FROM customers WHERE customer_id = " + customerId
                + " UNION SELECT regexp_replace(value, '[^0-9]', '', 'g') FROM identities WHERE type = 'PHONE' AND record_id IN " + records, 6);
        List<String> names = values(c, "SELECT trim(name) FROM customer_records WHERE customer_id = " + customerId
                + " UNION SELECT trim(name) FROM customers WHERE customer_id = " + customerId
                + " UNION SELECT trim(concat_ws(' ', first_name, last_name)) FROM customer_records WHERE customer_id = " + customerId, 5)
                .stream().filter(n -> n.contains(" ")).toList();
        List<String> ids = values(c, "SELECT trim(external_id) FROM customer_records WHERE customer_id = " + customerId, 4);
        return new Identifiers(withUrlForms(emails), phones, withUrlForms(names), ids);
    }

    /** Each value and, when it differs, its form in a URL's query (as a search's query string was audited). */
    private static List<String> withUrlForms(List<String> values) {
        TreeSet<String> out = new TreeSet<>(values);
        values.forEach(v -> out.add(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return new ArrayList<>(out);
    }

    private static List<String> values(Connection c, String sql, int minLength) {
        TreeSet<String> out = new TreeSet<>();
        for (Map<String, Object> r : Db.query(c, sql)) {
            Object v = r.values().iterator().next();
            if (v != null && v.toString().length() >= minLength) {
                out.add(v.toString());
            }
        }
        return new ArrayList<>(out);
    }

    /** One regular expression with three groups: what precedes the identifier, the identifier, what follows it. */
    record Match(String regex, boolean phone) {
    }

    /** How the customer's personal data (e-mails, names, phones) is found in free text; {@code ids} adds the source ids. */
    List<Match> matches(boolean withIds) {
        List<String> words = new ArrayList<>();
        emails.forEach(e -> words.add(quote(e)));
        names.forEach(n -> words.add(quote(n).replace(" ", "\\s+")));
        if (withIds) {
            ids.forEach(i -> words.add(quote(i)));
        }
        List<Match> out = new ArrayList<>();
        if (!words.isEmpty()) {
            out.add(new Match("(?i)(^|" + WORD + ")(" + String.join("|", words) + ")" + END, false));
        }
        if (!phones.isEmpty()) {
            out.add(new Match("(^|[^0-9])(" + String.join("|", phones.stream().map(Identifiers::digits).toList()) + ")($|[^0-9])", true));
        }
        return out;
    }

    /** A phone's digits, each allowed to be followed by a space, dot, dash or bracket; a leading + or 00 optional. */
    private static String digits(String phone) {
        StringBuilder b = new StringBuilder("(?:\\+|00)?");
        for (int i = 0; i < phone.length(); i++) {
            b.append(phone.charAt(i));
            if (i < phone.length() - 1) {
                b.append("[\\s().-]{0,2}");
            }
        }
        return b.toString();
    }

    /** Escapes every character that is not a letter, digit or space (RE2 takes any escaped punctuation literally). */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (!Character.isLetterOrDigit(cp) && cp != ' ') {
                b.append('\\');
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }
}

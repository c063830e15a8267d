package io.clientela.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field rules of a collector mapping checked in Java, for the common case only: it says
 * "certainly clean" and gives the typed values, or "not sure" (null), never "rejected". A batch
 * with an item it is not sure about goes through {@link BatchImporter}, whose SQL is the one
 * authority on rejections and their messages; so this class may be stricter than that SQL (it
 * takes only plain ISO timestamps, plain numbers, ASCII case folding), never more lenient.
 *
 * <p>Only mappings of plain columns, with UTC times, '.' decimals and no {@code references} rule,
 * are supported ({@link #of}); the collector's own mappings are.
 */
public final class QuickCheck {
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,14}(\\.\\d{1,4})?");

    private final List<String> fields;
    private final List<Check> checks;
    private final Clock clock;

    private QuickCheck(List<String> fields, List<Check> checks, Clock clock) {
        this.fields = fields;
        this.checks = checks;
        this.clock = clock;
    }

    /** The checker for {@code mapping} under {@code rules}, or null when the mapping is not one it supports. */
    static QuickCheck of(Mapping mapping, Rules rules, Clock clock) {
        if (!mapping.attributes().isEmpty() || mapping.decimalSeparator() != '.' || mapping.timestampFormat() != null || mapping.dateFormat() != null
                || !mapping.timezone().equalsIgnoreCase("UTC")) {
            return null;
        }
        List<String> columns = BatchImporter.columns(mapping);
        List<String> fields = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, FieldSpec> f : mapping.fields().entrySet()) {
            if (!(f.getValue() instanceof FieldSpec.Column c) || c.format() != null) {
                return null;
            }
            FieldRule rule = rules.rule(mapping.entity().name(), f.getKey());
            FieldType type = mapping.entity().type(f.getKey());
            if (rule.references() != null || type == FieldType.BOOLEAN || (rule.pattern() != null && type != FieldType.STRING)
                    || (rule.allowed() != null && !rule.allowed().isEmpty() && type != FieldType.STRING)) {
                return null;
            }
            fields.add(f.getKey());
            checks.add(new Check(columns.indexOf(c.column()), type, rule, rule.pattern() == null ? null : Pattern.compile(rule.pattern()),
                    lowered(rule.allowed())));
        }
        return new QuickCheck(List.copyOf(fields), List.copyOf(checks), clock);
    }

    /** The canonical fields, in the order of {@link #typed}'s values. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The typed values of one item's column texts (in {@link BatchImporter#columns} order), in
     * {@link #fields()} order, or null when not certainly clean.
     *
     * @param containers the columns whose value was a JSON object or array (only those may fill a JSON field)
     */
    public Object[] typed(List<String> values, BitSet containers) {
        LocalDateTime limit = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        Object[] out = new Object[checks.size()];
        for (int i = 0; i < out.length; i++) {
            Check c = checks.get(i);
            String raw = values.get(c.column());
            Object v;
            if (raw == null || raw.isEmpty()) {
                v = null;
            } else if (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(raw.length() - 1)) || raw.charAt(0) <= ' '
                    || raw.charAt(raw.length() - 1) <= ' ') {
                return null; // trimming is the SQL's business
            } else {
                v = switch (c.type()) {
                    case STRING -> raw;
                    case INTEGER -> INTEGER.matcher(raw).matches() ? Long.valueOf(raw) : null;
                    case DECIMAL -> DECIMAL.matcher(raw).matches() ? new BigDecimal(raw).setScale(4) : null;
                    case TIMESTAMP -> timestamp(raw);
                    case DATE -> date(raw);
                    case JSON -> containers.get(c.column()) ? raw : null;
                    case BOOLEAN -> null;
                };
                if (v == null) {
                    return null;
                }
            }
            if (!passes(c, v, limit)) {
                return null;
            }
            out[i] = v;
        }
        return out;
    }

    private static boolean passes(Check c, Object v, LocalDateTime limit) {
        FieldRule r = c.rule();
        if (v == null) {
            return !r.isRequired();
        }
        if (r.min() != null && v instanceof Number n && decimal(n).compareTo(r.min()) < 0) {
            return false;
        }
        if (r.max() != null && v instanceof Number n && decimal(n).compareTo(r.max()) > 0) {
            return false;
        }
        if (c.pattern() != null && !c.pattern().matcher((String) v).matches()) {
            return false;
        }
        if (c.allowed() != null && !c.allowed().contains(v) && !(ascii((String) v) && c.allowed().contains(((String) v).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (Boolean.TRUE.equals(r.notInFuture())) {
            if (v instanceof LocalDateTime t && t.isAfter(limit)) {
                return false;
            }
            if (v instanceof LocalDate d && d.atStartOfDay().isAfter(limit)) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.longValue());
    }

    private static LocalDateTime timestamp(String raw) {
        if (!TIMESTAMP.matcher(raw).matches()) {
            return null;
        }
        String iso = raw.replace(' ', 'T');
        try {
            char last = iso.charAt(iso.length() - 1);
            if (last == 'Z' || iso.lastIndexOf('+') > 0 || iso.lastIndexOf('-') > 9) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String raw) {
        if (!DATE.matcher(raw).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the text is plain ASCII (where Java's and DuckDB's case folding agree). */
    public static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> lowered(List<String> allowed) {
        if (allowed == null || allowed.isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (String a : allowed) {
            out.add(a);
            if (ascii(a)) {
                out.add(a.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** One field: where its text is, its type, its rule. */
    private record Check(int column, FieldType type, FieldRule rule, Pattern pattern, Set<String> allowed) {
    }
}

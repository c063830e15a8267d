package io.clientela.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.clientela.core.FaultException;
import io.clientela.store.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and checks mapping files; every problem is a {@link MappingException} naming file and key. */
public final class MappingReader {
    private static final Set<String> FORMATS = Set.of("csv", "jsonl", "parquet", "baskets");
    private static final Set<String> ENCODINGS = Set.of("utf-8", "latin-1", "utf-16");
    private final ObjectMapper yaml = Json.YAML;

    public Mapping read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MappingException("mapping file " + file + " does not exist");
        } catch (IOException e) {
            throw new MappingException("cannot read mapping file " + file + ": " + e.getMessage());
        }
        String fallbackName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), fallbackName);
    }

    public Mapping parse(String text, String where, String fallbackName) {
        MappingYaml m;
        try {
            m = yaml.readValue(text, MappingYaml.class);
        } catch (UnrecognizedPropertyException e) {
            Set<String> known = new TreeSet<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            throw new MappingException(where + keyLine(text, e.getPropertyName(), e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "' (known here: " + String.join(", ", known) + ")");
        } catch (JsonProcessingException e) {
            throw new MappingException(where + line(e.getLocation()) + ": " + e.getOriginalMessage());
        }
        if (m == null) {
            throw new MappingException(where + ": the mapping is empty");
        }
        return check(m, where, fallbackName, sha256(text));
    }

    /** The line of the offending key: Jackson reports where it stopped, which can be past the key. */
    private static String keyLine(String text, String key, JsonLocation location) {
        String[] lines = text.split("\n", -1);
        int from = location == null || location.getLineNr() < 1 ? lines.length : Math.min(location.getLineNr(), lines.length);
        Pattern p = Pattern.compile("^\\s*(-\\s*)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
        for (int i = from; i >= 1; i--) {
            if (p.matcher(lines[i - 1]).matches()) {
                return " line " + i;
            }
        }
        return line(location);
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? "" : " line " + location.getLineNr();
    }

    private Mapping check(MappingYaml m, String where, String fallbackName, String sha) {
        if (m.entity() == null) {
            throw new MappingException(where + ": 'entity' is missing (one of " + entityNames() + ")");
        }
        Entity entity = Entities.find(m.entity()).orElseThrow(() -> new MappingException(where + ": unknown entity '"
                + m.entity() + "' (one of " + entityNames() + ")"));
        String source = m.source() == null || m.source().isBlank() ? fallbackName : m.source().strip();
        if (m.format() != null && !FORMATS.contains(m.format())) {
            throw new MappingException(where + ": format '" + m.format() + "' is not one of csv, jsonl, parquet");
        }
        MappingYaml.Csv csv = m.csv() == null ? new MappingYaml.Csv(null, null, null, null, null) : m.csv();
        String encoding = csv.encoding() == null ? "utf-8" : csv.encoding().toLowerCase(java.util.Locale.ROOT);
        if (!ENCODINGS.contains(encoding)) {
            throw new MappingException(where + ": csv.encoding '" + csv.encoding() + "' is not one of " + ENCODINGS);
        }
        boolean header = !Boolean.FALSE.equals(csv.header());
        List<String> names = csv.columns() == null ? List.of() : List.copyOf(csv.columns());
        if (!header && names.isEmpty()) {
            throw new MappingException(where + ": csv.header is false, so csv.columns must name the columns in order");
        }
        MappingYaml.Formats formats = m.formats() == null ? new MappingYaml.Formats(null, null, null, null) : m.formats();
        String decimal = formats.decimal() == null ? "." : formats.decimal();
        if (!decimal.equals(".") && !decimal.equals(",")) {
            throw new MappingException(where + ": formats.decimal must be \".\" or \",\", not \"" + decimal + "\"");
        }
        String dup = m.duplicates() == null ? "quarantine" : m.duplicates();
        if (!dup.equals("quarantine") && !dup.equals("keep")) {
            throw new MappingException(where + ": duplicates must be 'quarantine' or 'keep', not '" + dup + "'");
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        MappingYaml.orEmpty(m.fields()).forEach((name, f) -> fields.put(name, field(where, entity, name, f)));
        if (fields.isEmpty()) {
            throw new MappingException(where + ": 'fields' is empty; map at least the required fields of " + entity.name());
        }
        Map<String, String> attributes = m.attributes() == null ? Map.of() : new LinkedHashMap<>(m.attributes());
        if (!attributes.isEmpty() && !entity.name().equals("customers")) {
            throw new MappingException(where + ": 'attributes' is only for the customers entity");
        }
        new ExpressionCompiler(fields.keySet()).checkAll(where, fields);
        String name = m.name() == null ? fallbackName : m.name();
        return new Mapping(name, source, entity, m.format(), orDefault(csv.delimiter(), ","), orDefault(csv.quote(), "\""),
                header, names, encoding, formats.timestamp(), formats.date(), decimal.charAt(0), orDefault(formats.timezone(), "UTC"),
                dup.equals("keep"), fields, attributes, sha);
    }

    private static FieldSpec field(String where, Entity entity, String name, MappingYaml.Field f) {
        if (!entity.has(name)) {
            throw new MappingException(where + ": '" + name + "' is not a field of " + entity.name() + " (fields: "
                    + String.join(", ", entity.fieldNames()) + ")");
        }
        String at = where + ": field '" + name + "'";
        if (f == null) {
            throw new MappingException(at + " has no value; name a source column");
        }
        int forms = (f.column() != null ? 1 : 0) + (f.constant() != null ? 1 : 0) + (f.expr() != null ? 1 : 0)
                + (f.condition() != null ? 1 : 0) + (f.template() != null ? 1 : 0);
        if (forms != 1) {
            throw new MappingException(at + " must have exactly one of column, constant, expr, template or if");
        }
        if (f.template() != null) {
            FieldSpec.Template t = new FieldSpec.Template(f.template());
            if (t.columns().isEmpty()) {
                throw new MappingException(at + ": template \"" + f.template() + "\" names no column; write ${Column} for each");
            }
            return t;
        }
        if (f.column() != null) {
            return new FieldSpec.Column(f.column(), f.format());
        }
        if (f.constant() != null) {
            return new FieldSpec.Constant(f.constant());
        }
        if (f.expr() != null) {
            return new FieldSpec.Expr(f.expr());
        }
        return conditional(at, f);
    }

    private static FieldSpec conditional(String at, MappingYaml.Field f) {
        MappingYaml.If c = f.condition();
        if (c.column() == null) {
            throw new MappingException(at + ": 'if' needs a column");
        }
        if (f.then() == null) {
            throw new MappingException(at + ": 'if' needs 'then'");
        }
        int tests = (c.startsWith() != null ? 1 : 0) + (c.equals() != null ? 1 : 0) + (c.in() != null ? 1 : 0)
                + (c.matches() != null ? 1 : 0) + (c.empty() != null ? 1 : 0);
        if (tests != 1) {
            throw new MappingException(at + ": 'if' needs exactly one of starts_with, equals, in, matches, empty");
        }
        if (c.startsWith() != null) {
            return new FieldSpec.Conditional(c.column(), FieldSpec.Test.STARTS_WITH, List.of(c.startsWith()), f.then(), f.otherwise());
        }
        if (c.equals() != null) {
            return new FieldSpec.Conditional(c.column(), FieldSpec.Test.EQUALS, List.of(c.equals()), f.then(), f.otherwise());
        }
        if (c.in() != null) {
            return new FieldSpec.Conditional(c.column(), FieldSpec.Test.IN, List.copyOf(c.in()), f.then(), f.otherwise());
        }
        if (c.matches() != null) {
            try {
                Pattern.compile(c.matches());
            } catch (PatternSyntaxException e) {
                throw new MappingException(at + ": 'matches' is not a valid regular expression: " + e.getDescription());
            }
            return new FieldSpec.Conditional(c.column(), FieldSpec.Test.MATCHES, List.of(c.matches()), f.then(), f.otherwise());
        }
        return new FieldSpec.Conditional(c.column(), FieldSpec.Test.EMPTY, List.of(String.valueOf(c.empty())), f.then(), f.otherwise());
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static String entityNames() {
        return String.join(", ", Entities.all().stream().map(Entity::name).toList());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new FaultException("this Java has no SHA-256, which Clientela needs", e);
        }
    }
}

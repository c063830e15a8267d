package io.clientela.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.core.FaultException;
import io.clientela.core.UsageException;
import io.clientela.store.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The field-level collection rules in force: the shipped defaults ({@code default-rules.yaml}) with
 * a workspace's overrides on top. A bad rule fails when the rules are loaded, not mid-import.
 */
public final class Rules {
    static final TypeReference<Map<String, Map<String, RuleYaml>>> TYPE = new TypeReference<>() {
    };
    private final Map<String, Map<String, FieldRule>> rules;

    private Rules(Map<String, Map<String, FieldRule>> rules) {
        this.rules = rules;
    }

    /** The shipped defaults. */
    public static Rules defaults() {
        try (InputStream in = Rules.class.getResourceAsStream("default-rules.yaml")) {
            return new Rules(convert(yaml().readValue(in, TYPE), "default-rules.yaml"));
        } catch (IOException e) {
            throw new FaultException("the shipped default-rules.yaml is unreadable: " + e.getMessage(), e);
        }
    }

    /** These rules with {@code overrides} (entity -> field -> rule) applied; {@code where} names their file. */
    public Rules with(Map<String, Map<String, RuleYaml>> overrides, String where) {
        Map<String, Map<String, FieldRule>> merged = new LinkedHashMap<>();
        rules.forEach((e, m) -> merged.put(e, new LinkedHashMap<>(m)));
        convert(overrides, where).forEach((entity, fields) -> fields.forEach((field, rule) ->
                merged.computeIfAbsent(entity, k -> new LinkedHashMap<>()).merge(field, rule, FieldRule::overriddenBy)));
        return new Rules(merged);
    }

    /**
     * These rules with {@code extras} (YAML text, same shape as default-rules.yaml) filling in only
     * what they leave open: a member these rules already set wins over the extra. The collector
     * uses it to require event ids and to know the event types without overriding a workspace.
     */
    public Rules withDefaults(String extras, String where) {
        Map<String, Map<String, RuleYaml>> raw;
        try {
            raw = yaml().readValue(extras, TYPE);
        } catch (IOException e) {
            throw new UsageException(where + ": " + e.getMessage());
        }
        Map<String, Map<String, FieldRule>> merged = new LinkedHashMap<>();
        rules.forEach((e, m) -> merged.put(e, new LinkedHashMap<>(m)));
        convert(raw, where).forEach((entity, fields) -> fields.forEach((field, rule) ->
                merged.computeIfAbsent(entity, k -> new LinkedHashMap<>()).merge(field, rule, (mine, extra) -> extra.overriddenBy(mine))));
        return new Rules(merged);
    }

    public FieldRule rule(String entity, String field) {
        return rules.getOrDefault(entity, Map.of()).getOrDefault(field, FieldRule.NONE);
    }

    public Map<String, Map<String, FieldRule>> asMap() {
        return rules;
    }

    static ObjectMapper yaml() {
        return Json.YAML;
    }

    private static Map<String, Map<String, FieldRule>> convert(Map<String, Map<String, RuleYaml>> raw, String where) {
        Map<String, Map<String, FieldRule>> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        raw.forEach((entityName, fields) -> {
            Entity entity = Entities.find(entityName).orElseThrow(() ->
                    new UsageException(where + ": rules name an unknown entity '" + entityName + "'"));
            Map<String, FieldRule> converted = new LinkedHashMap<>();
            (fields == null ? Map.<String, RuleYaml>of() : fields).forEach((field, r) -> {
                if (!entity.has(field)) {
                    throw new UsageException(where + ": rules for " + entityName + " name an unknown field '" + field + "'");
                }
                converted.put(field, check(where + ": " + entityName + "." + field, entity.type(field), r));
            });
            out.put(entityName, converted);
        });
        return out;
    }

    private static FieldRule check(String at, FieldType type, RuleYaml r) {
        if ((r.min() != null || r.max() != null) && !type.numeric()) {
            throw new UsageException(at + ": min/max apply to numbers, but this field is " + type.expectation());
        }
        if (r.pattern() != null) {
            try {
                Pattern.compile(r.pattern());
            } catch (PatternSyntaxException e) {
                throw new UsageException(at + ": pattern is not a valid regular expression: " + e.getDescription());
            }
        }
        if (r.references() != null && Entities.find(r.references()).map(Entity::key).isEmpty()) {
            throw new UsageException(at + ": references must name an entity with ids, not '" + r.references() + "'");
        }
        try {
            return new FieldRule(r.required(), r.min(), r.max(), r.pattern(), r.allowed(), r.references(), r.notInFuture());
        } catch (IllegalArgumentException e) {
            throw new UsageException(at + ": " + e.getMessage());
        }
    }

    /** A rule as written in YAML. */
    public record RuleYaml(Boolean required, java.math.BigDecimal min, java.math.BigDecimal max, String pattern,
                           java.util.List<String> allowed, String references,
                           @com.fasterxml.jackson.annotation.JsonProperty("not_in_future") Boolean notInFuture) {
    }
}

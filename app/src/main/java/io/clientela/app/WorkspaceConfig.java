package io.clientela.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clientela.core.UsageException;
import io.clientela.ingest.Rules;
import io.clientela.store.profiles.SurvivorshipPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workspace's own settings, from {@code clientela.yaml} in the workspace folder (all optional):
 * <pre>
 * rules:                 # field-rule overrides, same shape as default-rules.yaml
 *   order_lines:
 *     quantity: {min: 0}
 * identity:
 *   default_country: GB  # for phone numbers written without a country code
 *   survivorship:
 *     default: most_recent          # or source_priority
 *     source_priority: [crm, shop]
 *     fields: {email: source_priority}
 * </pre>
 * A bad file fails at start-up with its line, never mid-import.
 */
public record WorkspaceConfig(Rules rules, SurvivorshipPolicy survivorship, String defaultCountry) {

    public static final String FILE = "clientela.yaml";

    public static WorkspaceConfig load(Path workspaceDir) {
        Path file = workspaceDir.resolve(FILE);
        Rules defaults = Rules.defaults();
        if (!Files.exists(file)) {
            return new WorkspaceConfig(defaults, SurvivorshipPolicy.DEFAULT, "US");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Yaml y;
        try {
            y = yaml.readValue(file.toFile(), Yaml.class);
        } catch (UnrecognizedPropertyException e) {
            throw new UsageException(file + " line " + e.getLocation().getLineNr() + ": unknown key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new UsageException(file + " line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (y == null) {
            return new WorkspaceConfig(defaults, SurvivorshipPolicy.DEFAULT, "US");
        }
        Rules rules = y.rules() == null ? defaults : defaults.with(y.rules(), file.toString());
        Identity id = y.identity() == null ? new Identity(null, null) : y.identity();
        String country = id.defaultCountry() == null ? "US" : id.defaultCountry().toUpperCase(Locale.ROOT);
        return new WorkspaceConfig(rules, survivorship(file, id.survivorship()), country);
    }

    private static SurvivorshipPolicy survivorship(Path file, Survivorship s) {
        if (s == null) {
            return SurvivorshipPolicy.DEFAULT;
        }
        try {
            Map<String, SurvivorshipPolicy.Strategy> fields = new LinkedHashMap<>();
            if (s.fields() != null) {
                s.fields().forEach((k, v) -> fields.put(k, strategy(v)));
            }
            return new SurvivorshipPolicy(s.defaultStrategy() == null ? SurvivorshipPolicy.Strategy.MOST_RECENT : strategy(s.defaultStrategy()),
                    fields, s.sourcePriority() == null ? List.of() : s.sourcePriority());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": identity." + e.getMessage());
        }
    }

    private static SurvivorshipPolicy.Strategy strategy(String s) {
        try {
            return SurvivorshipPolicy.Strategy.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("survivorship: '" + s + "' is not most_recent or source_priority");
        }
    }

    record Yaml(Map<String, Map<String, Rules.RuleYaml>> rules, Identity identity) {
    }

    record Identity(@JsonProperty("default_country") String defaultCountry, Survivorship survivorship) {
    }

    record Survivorship(@JsonProperty("default") String defaultStrategy, @JsonProperty("source_priority") List<String> sourcePriority,
                        Map<String, String> fields) {
    }
}

package io.clientela.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.clientela.core.FaultException;
import java.util.Map;

/**
 * The one JSON configuration of Clientela: documents stored in the workspace (run parameters and
 * results, provenance, properties), the HTTP API's bodies and the command line's {@code --json} all
 * go through {@link #MAPPER} (dates as ISO text, never as numbers). {@link #YAML} reads the
 * configuration files (mappings, field rules, {@code clientela.yaml}, rule files) and refuses keys
 * it does not know.
 */
public final class Json {
    /** JSON with ISO dates. Configured once here; never reconfigure it (it is shared). */
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /**
     * YAML, failing on unknown keys (a misspelt setting is an error, not ignored) and on a missing
     * number where one is required.
     */
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Json() {
    }

    /** Compact JSON text of a value. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new FaultException("a value could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Indented JSON text of a value, for people (the command line's {@code --json}). */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new FaultException("a value could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A stored JSON document as a tree; an empty object for null. */
    public static JsonNode tree(String json) {
        if (json == null) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("a JSON document in the workspace is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /** A stored JSON object as a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(String json) {
        try {
            return MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a JSON document in the workspace is damaged: " + e.getOriginalMessage(), e);
        }
    }
}

package io.clientela.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A canonical entity an import can fill: its name, its fields and their types, and the field that
 * identifies a row within its source system (null when rows have no natural id of their own).
 */
public record Entity(String name, String key, Map<String, FieldType> fields, boolean customerFacts) {

    public Entity {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (key != null && !fields.containsKey(key)) {
            throw new IllegalArgumentException("entity " + name + ": key '" + key + "' is not one of its fields");
        }
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public FieldType type(String field) {
        return fields.get(field);
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }
}

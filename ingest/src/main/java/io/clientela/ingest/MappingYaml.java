package io.clientela.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mapping file as written; Jackson binds it strictly, so an unknown key fails with its line. */
record MappingYaml(
        String name,
        String source,
        String entity,
        String format,
        Csv csv,
        Formats formats,
        String duplicates,
        LinkedHashMap<String, Field> fields,
        LinkedHashMap<String, String> attributes) {

    record Csv(String delimiter, String quote, String encoding, Boolean header, List<String> columns) {
    }

    record Formats(String timestamp, String date, String decimal, String timezone) {
    }

    record Field(String column, String format, String constant, String expr, String template,
                 @JsonProperty("if") If condition, String then, @JsonProperty("else") String otherwise) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Field of(String column) {
            return new Field(column, null, null, null, null, null, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Field {
        }
    }

    record If(String column, @JsonProperty("starts_with") String startsWith, String equals, List<String> in,
              String matches, Boolean empty) {
    }

    static Map<String, Field> orEmpty(Map<String, Field> m) {
        return m == null ? Map.of() : m;
    }
}

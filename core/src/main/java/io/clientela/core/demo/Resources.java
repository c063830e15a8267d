package io.clientela.core.demo;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the generator's data resources: UTF-8 lines {@code key: value, value, ...}, comments with
 * '#', optional {@code [section]} headers that prefix the keys ({@code section.key}).
 */
final class Resources {
    private Resources() {
    }

    /** Keys in file order, each with its values split on {@code separator}. */
    static Map<String, List<String>> lists(String resource, String separator) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String section = "";
        int lineNo = 0;
        for (String raw : lines(resource)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1) + ".";
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalStateException(resource + " line " + lineNo + ": expected 'key: values', found \"" + line + "\"");
            }
            List<String> values = new ArrayList<>();
            for (String v : line.substring(colon + 2).split(java.util.regex.Pattern.quote(separator))) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            out.put(section + line.substring(0, colon).strip(), List.copyOf(values));
        }
        return out;
    }

    static List<String> lines(String resource) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FaultException("the demo resource " + resource + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new FaultException("cannot read the demo resource " + resource + ": " + e.getMessage(), e);
        }
    }
}

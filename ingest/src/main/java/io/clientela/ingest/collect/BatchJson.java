package io.clientela.ingest.collect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientela.core.TooLargeException;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sent batch's body read as JSON under explicit limits: one JSON object or one array of them and
 * nothing after it, nested at most {@value #MAX_DEPTH} levels, numbers of at most
 * {@value #MAX_NUMBER_DIGITS} digits, strings of at most {@value #MAX_STRING} characters (the
 * items' own members have the tighter limits of {@link ItemLimits}) and member names of at most
 * {@value #MAX_NAME}. Anything else is a {@link UsageException} (400) whose message says what and
 * where, in words rather than the parser's.
 */
public final class BatchJson {
    /** Levels of arrays and objects, the batch's own array included. */
    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_DIGITS = 100;
    public static final int MAX_STRING = 1 << 20;
    public static final int MAX_NAME = 256;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxStringLength(MAX_STRING).maxNameLength(MAX_NAME).build())
            .build());

    private BatchJson() {
    }

    /** The items of {@code body}: the object, or the array's elements (at most {@code maxItems}). */
    public static List<JsonNode> items(byte[] body, int maxItems) {
        JsonNode root = parse(body);
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.isObject()) {
            items.add(root);
        } else {
            throw new UsageException("the body must be one JSON object or an array of them, not " + root.getNodeType().name().toLowerCase());
        }
        if (items.isEmpty()) {
            throw new UsageException("the batch is empty; send at least one item");
        }
        if (items.size() > maxItems) {
            throw new TooLargeException("the batch has " + items.size() + " items; at most " + maxItems + " are taken per request");
        }
        return items;
    }

    private static JsonNode parse(byte[] body) {
        try (JsonParser p = MAPPER.createParser(body)) {
            if (p.nextToken() == null) {
                throw new UsageException("the body is empty; send one JSON object or an array of them");
            }
            JsonNode root = MAPPER.readTree(p);
            JsonLocation end = p.currentLocation();
            boolean more;
            try {
                more = p.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new UsageException("the body has more after its JSON value" + at(end) + "; send one JSON object or one array of them, "
                        + "and nothing after it");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new UsageException(limit(e) + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new UsageException("the body is not valid JSON: " + words(e.getOriginalMessage()) + at(e.getLocation()));
        } catch (IOException e) {
            throw new UsageException("the body could not be read as JSON: " + e.getMessage());
        }
    }

    /** Which limit the parser's message is about, in our words (its own names Jackson's settings). */
    private static String limit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Document nesting depth") || m.contains("NestingDepth")) {
            return "the body nests arrays and objects more than " + MAX_DEPTH + " levels deep";
        }
        if (m.startsWith("Number value length") || m.contains("NumberLength")) {
            return "the body has a number of more than " + MAX_NUMBER_DIGITS + " digits";
        }
        if (m.startsWith("Name length") || m.contains("NameLength")) {
            return "the body has a member name of more than " + MAX_NAME + " characters";
        }
        if (m.startsWith("String value length") || m.contains("StringLength")) {
            return "the body has a string of more than " + MAX_STRING + " characters";
        }
        return "the body is beyond the collector's limits (at most " + MAX_DEPTH + " levels of nesting, numbers of " + MAX_NUMBER_DIGITS
                + " digits, strings of " + MAX_STRING + " characters)";
    }

    /** The parser's message without its account of the source (which names its own settings). */
    private static String words(String m) {
        if (m == null) {
            return "it could not be parsed";
        }
        int source = m.indexOf("[Source:");
        String cut = source < 0 ? m : m.substring(0, source);
        return cut.replaceAll("\\s*\\(?(start marker at|for \\w+ starting at)\\s*$", "").strip();
    }

    private static String at(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : " (at line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
    }
}

package io.clientela.analytics.value.rfm;

import io.clientela.core.Provenance;
import java.util.Map;
import java.util.TreeMap;

/** Scores 1-5 and the segment of each customer, in the order the customers were given, and how they were made. */
public record RfmResult(int[] r, int[] f, int[] m, String[] segment, Provenance provenance) {

    /** How many customers each segment has, by name. */
    public Map<String, Integer> segmentSizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String s : segment) {
            sizes.merge(s, 1, Integer::sum);
        }
        return sizes;
    }
}

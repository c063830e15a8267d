package io.clientela.analytics.value.rfm;

import java.util.List;

/**
 * The segment definitions: an ordered list of rules, the first that matches names the segment;
 * customers no rule matches are {@value #OTHER}. The default covers every cell of the 5 × 5
 * recency × FM grid (rows R = 5..1, columns FM = 1..5):
 * <pre>
 * R5: new              promising       potential loyalists  champions        champions
 * R4: promising        potential loy.  potential loyalists  loyal            champions
 * R3: about to sleep   need attention  need attention       loyal            loyal
 * R2: hibernating      about to sleep  at risk              at risk          can't lose them
 * R1: lost             hibernating     at risk              can't lose them  can't lose them
 * </pre>
 */
public record Segments(List<SegmentRule> rules) {
    public static final String OTHER = "other";
    public static final String VERSION = "rfm-1";

    public Segments {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("segment definitions need at least one rule");
        }
        rules = List.copyOf(rules);
    }

    public static Segments defaults() {
        return new Segments(List.of(
                SegmentRule.of("champions", "5", "4-5"),
                SegmentRule.of("champions", "4", "5"),
                SegmentRule.of("loyal", "3-4", "4-5"),
                SegmentRule.of("potential loyalists", "5", "3"),
                SegmentRule.of("potential loyalists", "4", "2-3"),
                SegmentRule.of("new", "5", "1"),
                SegmentRule.of("promising", "5", "2"),
                SegmentRule.of("promising", "4", "1"),
                SegmentRule.of("need attention", "3", "2-3"),
                SegmentRule.of("about to sleep", "3", "1"),
                SegmentRule.of("about to sleep", "2", "2"),
                SegmentRule.of("can't lose them", "1", "4-5"),
                SegmentRule.of("can't lose them", "2", "5"),
                SegmentRule.of("at risk", "1-2", "3-4"),
                SegmentRule.of("hibernating", "2", "1"),
                SegmentRule.of("hibernating", "1", "2"),
                SegmentRule.of("lost", "1", "1")));
    }

    /** The segment of a customer with these scores. */
    /** The rules as they are written down: segment, r, f, m and fm ranges. */
    public List<java.util.Map<String, String>> asList() {
        return rules.stream().map(r -> java.util.Map.of("segment", r.segment(), "r", r.r().toString(), "f", r.f().toString(),
                "m", r.m().toString(), "fm", r.fm().toString())).toList();
    }

    public String segmentOf(int r, int f, int m) {
        for (SegmentRule rule : rules) {
            if (rule.matches(r, f, m)) {
                return rule.segment();
            }
        }
        return OTHER;
    }
}

package io.clientela.action.alert;

import java.util.Map;

/** One routing step; the first step that names a recipient wins. */
public sealed interface Route {
    /** The customer's account owner, when the customer has one. */
    record AccountOwner() implements Route {
    }

    /** The team for the customer's region (or country), matched case-insensitively. */
    record ByRegion(Map<String, String> teams) implements Route {
        public ByRegion {
            teams = Map.copyOf(teams);
        }
    }

    /** The team for the product line (category) of the product the item is about. */
    record ByProductLine(Map<String, String> teams) implements Route {
        public ByProductLine {
            teams = Map.copyOf(teams);
        }
    }

    /** The queue that takes everything else. */
    record Fallback(String queue) implements Route {
    }
}

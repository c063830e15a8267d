package io.clientela.store.profiles;

import java.util.List;
import java.util.Map;

/**
 * Which record's value survives into the golden profile, per field.
 *
 * @param defaultStrategy the strategy of fields not named in {@code fields}
 * @param fields          per-field strategies
 * @param sourcePriority  source systems, most trusted first, for {@link Strategy#SOURCE_PRIORITY}
 */
public record SurvivorshipPolicy(Strategy defaultStrategy, Map<String, Strategy> fields, List<String> sourcePriority) {

    public static final SurvivorshipPolicy DEFAULT = new SurvivorshipPolicy(Strategy.MOST_RECENT, Map.of(), List.of());

    public SurvivorshipPolicy {
        if (defaultStrategy == null) {
            throw new IllegalArgumentException("survivorship: default strategy is missing");
        }
        fields = Map.copyOf(fields);
        sourcePriority = List.copyOf(sourcePriority);
        for (String f : fields.keySet()) {
            if (!SurvivorshipSql.FIELDS.contains(f)) {
                throw new IllegalArgumentException("survivorship: '" + f + "' is not a customer field (one of "
                        + String.join(", ", SurvivorshipSql.FIELDS) + ")");
            }
        }
        boolean usesPriority = defaultStrategy == Strategy.SOURCE_PRIORITY || fields.containsValue(Strategy.SOURCE_PRIORITY);
        if (usesPriority && sourcePriority.isEmpty()) {
            throw new IllegalArgumentException("survivorship: source_priority is used but no sources are listed");
        }
    }

    public Strategy strategy(String field) {
        return fields.getOrDefault(field, defaultStrategy);
    }

    /** How a surviving value is chosen. */
    public enum Strategy {
        MOST_RECENT, SOURCE_PRIORITY
    }
}

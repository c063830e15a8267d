package io.clientela.action.rule;

import io.clientela.action.alert.DeliverySettings;
import io.clientela.action.alert.Routing;
import io.clientela.action.cases.Sla;
import java.util.List;

/** A loaded rule file: its rules, routing, SLA and delivery settings, and warnings found while checking it. */
public record RuleSet(String source, List<Rule> rules, Routing routing, Sla sla, DeliverySettings delivery, List<String> warnings) {
    public RuleSet {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }
}

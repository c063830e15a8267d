package io.clientela.app.cli;

import io.clientela.action.alert.Dispatcher;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.Firing;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.app.App;
import io.clientela.core.demo.DemoCompany;
import io.clientela.store.rules.RecentItems;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo's service story: the example rule file's real-time rules run over the demo's last two weeks of
 * feedback, tickets and orders as if they had just arrived, so the agent's inbox starts with the few
 * cases those planted signals call for (valuable customers turning detractor, customers with a run
 * of tickets), and the alert e-mails land in the workspace's outbox. The cases open now (the
 * workspace clock) and are due after their SLA; running the demo again opens none twice (cooldowns).
 */
final class DemoInbox {
    /** How far back the replay reaches from the end of the demo's data. */
    static final int DAYS = 14;
    private static final Set<String> FIELDS_LEFT_OUT = Set.of("kind", "type", "customer_id", "occurred_at", "id", "source");

    private DemoInbox() {
    }

    static Map<String, Object> run(App app, LocalDate end) {
        RuleSet set = RuleFile.parse("the demo's example rules (" + DemoCompany.RULES_RESOURCE + ")", DemoCompany.exampleRules());
        LocalDateTime to = end.plusDays(1).atStartOfDay();
        List<Trigger> triggers = new ArrayList<>();
        for (Map<String, Object> row : new RecentItems(app.handle()).between(to.minusDays(DAYS), to)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (v != null && !FIELDS_LEFT_OUT.contains(k)) {
                    properties.put(k, v instanceof java.math.BigDecimal b ? b.doubleValue() : v);
                }
            });
            LocalDateTime at = (LocalDateTime) row.get("occurred_at");
            triggers.add(Trigger.stored((String) row.get("kind"), (String) row.get("type"), ((Number) row.get("customer_id")).longValue(), properties,
                    at.toInstant(ZoneOffset.UTC), String.valueOf(row.get("id")), (String) row.get("source")));
        }
        Evaluation e;
        try (Dispatcher d = app.dispatcher(set)) {
            e = app.rules(set, d).evaluate(triggers);
            d.awaitIdle(Duration.ofMinutes(2));
        }
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> casesByOwner = new TreeMap<>();
        for (Firing f : e.fired()) {
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        long cases = e.fired().stream().filter(f -> f.caseId() != null).count();
        for (Map<String, Object> c : app.cases(set.sla()).list(null, null, false, LocalDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC), 10_000)) {
            casesByOwner.merge(String.valueOf(c.get("owner")), 1, Integer::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items_replayed", e.evaluated());
        out.put("from", to.minusDays(DAYS).toLocalDate().toString());
        out.put("to", end.toString());
        out.put("firings_by_rule", byRule);
        out.put("alerts", e.fired().stream().filter(f -> f.alertId() != null).count());
        out.put("cases_opened", cases);
        out.put("cases_by_owner", casesByOwner);
        out.put("held_back_by_cooldown", e.cooledDown());
        return out;
    }
}

package io.clientela.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.action.rule.Rule;
import io.clientela.action.rule.RuleEngine;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleFileException;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.core.NotFoundException;
import io.clientela.core.UsageException;
import io.clientela.service.access.Role;
import io.clientela.service.rules.ActionRules;
import io.clientela.service.rules.TriggerJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action rules through the API: the set in force with how often each rule fired, the file
 * itself, replacing it (validated as {@code rules check} does; a bad file is a 400 naming line and
 * column and changes nothing) and a dry run as {@code rules test} does.
 */
final class RuleRoutes {
    private RuleRoutes() {
    }

    static void install(Api api) {
        api.get("/api/v1/rules", Role.ANALYSTS, "The action rules in force, each with how often it fired, cooled down and was stopped by the "
                + "loop guard", List.of(), false, false, RuleRoutes::inForce);
        api.get("/api/v1/rules/file", Role.ANALYSTS, "The rule file in force, as YAML (404 when there is none yet)", List.of(), false, false, call -> {
            Optional<String> text = call.app().actionRules().text();
            if (text.isEmpty()) {
                throw new NotFoundException("no rule file yet at " + call.app().actionRules().file().getFileName() + "; PUT /api/v1/rules/file creates it");
            }
            call.ctx().contentType("application/yaml; charset=utf-8").result(text.get());
        });
        api.put("/api/v1/rules/file", Role.ADMINS, "Replace the rule file: the body is the YAML; validated as 'rules check' does (400 naming "
                + "line and column, nothing changed), then saved and put in force without a restart", false, call -> {
                    String text = call.ctx().body();
                    if (text.isBlank()) {
                        throw new UsageException("body: expected the rule file's YAML (see docs/actions.md), got an empty body");
                    }
                    RuleSet set = call.app().actionRules().replace(text); // a bad file is a usage error naming line and column
                    Map<String, Object> out = summary(call, set);
                    out.put("saved", true);
                    call.ctx().json(out);
                });
        api.post("/api/v1/rules/test", Role.ANALYSTS, "Dry run as 'rules test': body {\"event\": {\"kind\": \"feedback\", \"customer_id\": 42, "
                + "\"nps\": 3}} (or \"events\": [...]), and optionally \"rules\": YAML text instead of the rules in force; nothing is written or sent",
                true, RuleRoutes::test);
    }

    private static void inForce(Call call) {
        Optional<RuleSet> set = call.app().actionRules().current();
        if (set.isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", call.app().actionRules().file().getFileName().toString());
            out.put("in_force", false);
            out.put("live", false);
            out.put("rules", List.of());
            call.ctx().json(out);
            return;
        }
        call.ctx().json(summary(call, set.get()));
    }

    private static Map<String, Object> summary(Call call, RuleSet set) {
        Map<String, Map<String, Object>> stats = new LinkedHashMap<>();
        new RuleEngine(call.c(), set, call.app().clock(), null).stats().forEach(r -> stats.put((String) r.get("rule_id"), r));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : set.rules()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("description", r.description());
            row.put("line", r.line());
            row.put("on", r.on().stream().sorted().toList());
            row.put("schedule", r.schedule());
            row.put("every", r.every() == null ? null : r.every().toString());
            row.put("cooldown", r.cooldown() == null ? null : r.cooldown().toString());
            row.put("when", r.conditionText().strip().replaceAll("\\s+", " "));
            row.put("actions", r.actions().size());
            Map<String, Object> s = stats.getOrDefault(r.id(), Map.of());
            for (String k : List.of("fired", "cooled_down", "loop_stopped", "last_fired_at", "last_run_at")) {
                row.put(k, s.get(k));
            }
            rules.add(row);
        }
        ActionRules ar = call.app().actionRules();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", ar.file().getFileName().toString());
        out.put("in_force", true);
        out.put("live", ar.live());
        out.put("rules", rules);
        out.put("warnings", set.warnings());
        return out;
    }

    private static void test(Call call) {
        String example = "{\"event\": {\"kind\": \"feedback\", \"customer_id\": 42, \"nps\": 3}}";
        JsonNode body = Bodies.object(call.ctx(), example, false);
        RuleSet set;
        String yaml = Bodies.text(body, "rules", 60_000, false, "the YAML of a rule file");
        if (yaml != null) {
            try {
                set = RuleFile.parse("rules", yaml);
            } catch (RuleFileException e) {
                throw new UsageException("body field 'rules': " + e.getMessage());
            }
        } else {
            set = call.app().actionRules().current().orElseThrow(() -> new UsageException(
                    "no rules in force: send the rule file's YAML in body field 'rules', or save one with PUT /api/v1/rules/file"));
        }
        List<JsonNode> items = new ArrayList<>();
        if (body.has("event") == body.has("events")) {
            throw new UsageException("body: expected either 'event' (one item) or 'events' (a list of items), as in " + example);
        }
        if (body.has("event")) {
            items.add(body.get("event"));
        } else if (body.get("events").isArray() && !body.get("events").isEmpty() && body.get("events").size() <= 1000) {
            body.get("events").forEach(items::add);
        } else {
            throw new UsageException("body field 'events': expected a list of 1 to 1000 items");
        }
        List<Trigger> triggers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = body.has("event") ? "body field 'event' " : "body field 'events' item " + (i + 1) + " ";
            try {
                triggers.add(TriggerJson.parse(Bodies.json(items.get(i)), where, call.app().clock().instant()));
            } catch (UsageException e) {
                throw new UsageException(e.getMessage());
            }
        }
        call.ctx().json(new RuleEngine(call.c(), set, call.app().clock(), null).dryRun(triggers));
    }
}

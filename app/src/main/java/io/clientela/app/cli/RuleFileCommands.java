package io.clientela.app.cli;
import io.clientela.action.alert.Dispatcher;
import io.clientela.action.rule.Evaluation;
import io.clientela.action.rule.Firing;
import io.clientela.action.rule.Rule;
import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.action.rule.Trigger;
import io.clientela.app.App;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela rules check|test|run|stats FILE}: action rule files. */
final class RuleFileCommands {

    private RuleFileCommands() {
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Validate an action rule file: YAML, conditions, routing, SLA, delivery and loops.",
                    "Errors name the line and column; exit 2 when the file is wrong."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The rule file (YAML).")
        Path file;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            RuleSet set = RuleFile.load(file);
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Rule r : set.rules()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rule", r.id());
                row.put("line", r.line());
                row.put("runs", r.scheduled() ? "every " + human(r.every()) + " over " + r.schedule() : "on " + String.join(", ", r.on().stream().sorted().toList()));
                row.put("cooldown", r.cooldown() == null ? null : human(r.cooldown()));
                row.put("actions", r.actions().size());
                row.put("when", r.conditionText().strip().replaceAll("\\s+", " "));
                rows.add(row);
            }
            if (kind == FormatOption.Kind.JSON) {
                out.println(Output.json(Map.of("file", file.toString(), "valid", true, "rules", rows, "warnings", set.warnings())));
                return 0;
            }
            if (kind == FormatOption.Kind.CSV) {
                Output.csv(out, rows, List.of("rule", "line", "runs", "cooldown", "actions", "when"));
                return 0;
            }
            long scheduled = set.rules().stream().filter(Rule::scheduled).count();
            out.printf("%s: %d rules OK (%d real time, %d scheduled)%n", file, set.rules().size(), set.rules().size() - scheduled, scheduled);
            Output.table(out, rows, 70);
            set.warnings().forEach(w -> out.println("warning: " + w));
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Dry run: evaluate a rule file on one or more items against the workspace and print what would fire.",
                    "Nothing is written or sent. An item is JSON: {\"kind\": \"feedback\", \"customer_id\": 42, \"nps\": 3} "
                    + "with kind event|feedback|order|ticket, optional type, id and occurred_at (ISO-8601, default now); "
                    + "every other key (or the keys of \"properties\") is a property the conditions can use as item.NAME."})
    static final class Test implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The rule file (YAML).")
        Path file;

        @Option(names = "--event", required = true, paramLabel = "JSON", description = "An item as JSON (repeatable).")
        List<String> events;

        @Override
        public Integer call() {
            RuleSet set = RuleFile.load(file);
            List<Trigger> triggers = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                triggers.add(trigger(events.get(i), "--event " + (events.size() > 1 ? "#" + (i + 1) + " " : ""), parent.root.clock.instant()));
            }
            Evaluation e;
            try (App app = parent.root.open("clientela rules test")) {
                e = app.rules(set, null).dryRun(triggers);
            }
            print(spec.commandLine().getOut(), e, parent.root.json, true);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run the scheduled rules (early warnings) of a rule file that are due, and escalate overdue cases.",
                    "Alerts are stored and delivered (e-mail, webhook) before the command returns."})
    static final class Run implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The rule file (YAML).")
        Path file;

        @Option(names = "--force", description = "Run every scheduled rule, due or not.")
        boolean force;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of the end of this day (YYYY-MM-DD) instead of now, "
                + "for a back-test or data that ends in the past.")
        LocalDate asOf;

        @Override
        public Integer call() {
            RuleSet set = RuleFile.load(file);
            Clock clock = asOf == null ? parent.root.clock : Clock.fixed(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
            Evaluation e;
            try (App app = parent.root.open("clientela rules run"); Dispatcher d = app.dispatcher(set)) {
                e = app.rules(set, d, clock).runScheduled(force);
                d.awaitIdle(Duration.ofMinutes(5));
            }
            print(spec.commandLine().getOut(), e, parent.root.json, false);
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "How often each rule of a file fired, cooled down or was stopped by the loop guard.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        RulesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The rule file (YAML).")
        Path file;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            RuleSet set = RuleFile.load(file);
            List<Map<String, Object>> rows;
            try (App app = parent.root.open("clientela rules stats")) {
                rows = app.rules(set, null).stats();
            }
            Output.listing(spec.commandLine().getOut(), kind, rows, List.of("rule_id", "mode", "fired", "cooled_down", "loop_stopped", "last_fired_at",
                    "last_run_at"), 40);
            return 0;
        }
    }

    static void print(PrintWriter out, Evaluation e, boolean json, boolean dry) {
        if (json) {
            out.println(Output.json(e));
            return;
        }
        out.printf("%s %d item%s%s: %d firing%s, %d held back by cooldown, %d stopped by the loop guard%n", dry ? "dry run over" : "evaluated",
                e.evaluated(), e.evaluated() == 1 ? "" : "s", e.raised() == 0 ? "" : " (+" + e.raised() + " raised by actions)", e.fired().size(), e.fired().size() == 1 ? "" : "s", e.cooledDown(), e.loopStops().size());
        for (Firing f : e.fired()) {
            out.println("  " + f.ruleId() + " fired for " + f.subject() + " on " + f.triggerKind() + (f.triggerType() == null ? "" : " " + f.triggerType())
                    + (f.depth() > 0 ? " (raised, depth " + f.depth() + ")" : "") + (f.alertId() == null ? "" : ", alert " + f.alertId())
                    + (f.caseId() == null ? "" : ", case " + f.caseId()));
            f.actions().forEach(a -> out.println("    " + (dry ? "would: " : "") + a));
        }
        e.loopStops().forEach(s -> out.println("  loop guard: " + s));
    }

    /** An item from its JSON; mistakes are usage errors naming the option and the field. */
    static Trigger trigger(String text, String where, Instant now) {
        return io.clientela.service.rules.TriggerJson.parse(text, where, now);
    }

    static String human(Duration d) {
        if (d.toDays() > 0 && d.toHours() % 24 == 0) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0 && d.toMinutes() % 60 == 0) {
            return d.toHours() + "h";
        }
        return d.toMinutes() > 0 && d.toSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.toMillis() + "ms";
    }
}

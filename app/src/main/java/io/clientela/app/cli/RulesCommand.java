package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.ingest.Entities;
import io.clientela.ingest.Entity;
import io.clientela.ingest.FieldRule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela rules [ENTITY]}: the field-level collection rules in force; its subcommands
 * (check, test, run, stats) work with action rule files (see docs/actions.md).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Show the field-level collection rules in force (defaults plus the workspace's clientela.yaml).",
                "The subcommands check, test (dry run), run and stats work with action rule files: condition + actions, docs/actions.md."},
        subcommands = {RuleFileCommands.Check.class, RuleFileCommands.Test.class, RuleFileCommands.Run.class, RuleFileCommands.Stats.class})
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "ENTITY", description = "Only this entity.")
    String entity;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Override
    public Integer call() {
        FormatOption.Kind kind = format.kind(root.json);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (App app = root.open("clientela rules")) {
            for (Entity e : Entities.all()) {
                if (entity != null && !entity.equals(e.name())) {
                    continue;
                }
                e.fields().forEach((field, type) -> {
                    FieldRule r = app.config().rules().rule(e.name(), field);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("entity", e.name());
                    row.put("field", field);
                    row.put("type", type.name().toLowerCase(java.util.Locale.ROOT));
                    row.put("required", r.isRequired());
                    row.put("min", r.min());
                    row.put("max", r.max());
                    row.put("pattern", r.pattern());
                    row.put("allowed", r.allowed() == null ? null : String.join("|", r.allowed()));
                    row.put("references", r.references());
                    row.put("not_in_future", Boolean.TRUE.equals(r.notInFuture()));
                    rows.add(row);
                });
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            throw new io.clientela.core.UsageException("unknown entity '" + entity + "'");
        }
        Output.listing(out, kind, rows, List.of("entity"), 40);
        return 0;
    }
}

package io.clientela.app.cli;

import io.clientela.action.cases.CaseKpis;
import io.clientela.action.cases.Cases;
import io.clientela.action.cases.Sla;
import io.clientela.app.App;
import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela cases [list|show|assign|start|note|resolve|close|kpis]}: closed-loop follow-up cases. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = {"Closed-loop follow-up cases: open -> assigned -> in_progress -> resolved -> closed.",
                "Without a subcommand: the open cases, newest first."},
        subcommands = {CasesCommand.ListCases.class, CasesCommand.Show.class, CasesCommand.Assign.class, CasesCommand.Start.class,
                CasesCommand.Note.class, CasesCommand.Resolve.class, CasesCommand.Close.class, CasesCommand.Kpis.class})
final class CasesCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Override
    public Integer call() {
        return list(this, null, null, false, format.kind(root.json), 50, spec.commandLine().getOut());
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(root.clock.instant(), ZoneOffset.UTC);
    }

    static final List<String> COLUMNS = List.of("case_id", "status", "priority", "owner", "customer_id", "opened_at", "due_at", "overdue", "escalations",
            "outcome", "source_kind", "source_id", "title");

    static int list(CasesCommand parent, String status, String owner, boolean overdue, FormatOption.Kind kind, int limit, PrintWriter out) {
        List<Map<String, Object>> rows;
        long total;
        try (App app = parent.root.open("clientela cases")) {
            io.clientela.action.cases.Cases cases = app.cases(Sla.DEFAULT);
            rows = cases.list(status, owner, overdue, parent.now(), limit);
            total = cases.count(status, owner, overdue, parent.now());
        }
        Output.listing(out, kind, rows, COLUMNS, 50);
        if (kind == FormatOption.Kind.TABLE) {
            out.println(Output.shown(rows.size(), total, "case") + (rows.size() < total ? "; --limit N shows more, --format csv|json exports them" : ""));
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List cases, newest first.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--status", description = "Only this status: open, assigned, in_progress, resolved, closed.")
        String status;

        @Option(names = "--owner", description = "Only this owner.")
        String owner;

        @Option(names = "--overdue", description = "Only unresolved cases past their due date.")
        boolean overdue;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            if (status != null && !List.of("open", "assigned", "in_progress", "resolved", "closed").contains(status)) {
                throw new UsageException("--status: expected open, assigned, in_progress, resolved or closed, found '" + status + "'");
            }
            return list(parent, status, owner, overdue, format.kind(parent.root.json), limit, spec.commandLine().getOut());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One case with its notes and history.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() {
            Map<String, Object> c;
            try (App app = parent.root.open("clientela cases show")) {
                c = app.cases(Sla.DEFAULT).show(id);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(c));
                return 0;
            }
            out.println("Case " + id + " — " + c.get("title"));
            c.forEach((k, v) -> {
                if (!k.equals("notes") && !k.equals("history") && !k.equals("title")) {
                    out.printf("  %-18s %s%n", k, Output.text(v));
                }
            });
            out.println();
            out.println("Notes");
            Output.table(out, (List<Map<String, Object>>) c.get("notes"), 90);
            out.println();
            out.println("History");
            Output.table(out, (List<Map<String, Object>>) c.get("history"), 60);
            return 0;
        }
    }

    /** A change to one case by someone (--by, default $USER). */
    abstract static class Change implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--by", description = "Who makes the change (default: $USER).")
        String by;

        abstract void change(Cases cases, String actor, LocalDateTime at);

        @Override
        public Integer call() {
            String actor = by != null ? by : System.getenv().getOrDefault("USER", "cli");
            Map<String, Object> c;
            try (App app = parent.root.open("clientela cases " + spec.name())) {
                Cases cases = app.cases(Sla.DEFAULT);
                change(cases, actor, parent.now());
                c = cases.show(id);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(c) : "case " + id + ": " + c.get("status") + (c.get("owner") == null ? "" : ", owner " + c.get("owner"))
                    + (c.get("outcome") == null ? "" : ", outcome " + c.get("outcome")));
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Give a case to an owner.")
    static final class Assign extends Change {
        @Parameters(index = "1", paramLabel = "OWNER")
        String owner;

        @Override
        void change(Cases cases, String actor, LocalDateTime at) {
            cases.assign(id, owner, actor, at);
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Mark a case in progress (the first time is the first contact).")
    static final class Start extends Change {
        @Override
        void change(Cases cases, String actor, LocalDateTime at) {
            cases.start(id, actor, at);
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to a case.")
    static final class Note extends Change {
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        void change(Cases cases, String actor, LocalDateTime at) {
            cases.note(id, actor, text, at);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolve a case with its outcome.")
    static final class Resolve extends Change {
        @Option(names = "--outcome", required = true, description = "recovered, lost, no_action_needed, unreachable or other.")
        String outcome;

        @Override
        void change(Cases cases, String actor, LocalDateTime at) {
            cases.resolve(id, outcome, actor, at);
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Close a resolved case.")
    static final class Close extends Change {
        @Override
        void change(Cases cases, String actor, LocalDateTime at) {
            cases.close(id, actor, at);
        }
    }

    @Command(name = "kpis", mixinStandardHelpOptions = true,
            description = "Follow-up KPIs: share of negative feedback (NPS 0-6) followed up, median hours to first contact and to close, recovery rate.")
    static final class Kpis implements Callable<Integer> {
        @ParentCommand
        CasesCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", description = "First day (YYYY-MM-DD; default 90 days ago).")
        LocalDate from;

        @Option(names = "--to", description = "Day after the last (YYYY-MM-DD; default tomorrow).")
        LocalDate to;

        @Override
        public Integer call() {
            LocalDateTime now = parent.now();
            LocalDateTime f = from == null ? now.toLocalDate().minusDays(90).atStartOfDay() : from.atStartOfDay();
            LocalDateTime t = to == null ? now.toLocalDate().plusDays(1).atStartOfDay() : to.atStartOfDay();
            Map<String, Object> k;
            try (App app = parent.root.open("clientela cases kpis")) {
                k = CaseKpis.of(app.handle(), f, t, now);
            }
            PrintWriter out = spec.commandLine().getOut();
            BiConsumer<String, Object> line = (name, v) -> out.printf("  %-34s %s%n", name.replace('_', ' '), v == null ? "n/a" : Output.text(v));
            if (parent.root.json) {
                out.println(Output.json(k));
            } else {
                out.println("Follow-up KPIs " + f.toLocalDate() + " to " + t.toLocalDate());
                k.forEach((name, v) -> {
                    if (!name.equals("from") && !name.equals("to")) {
                        line.accept(name, v);
                    }
                });
            }
            return 0;
        }
    }
}

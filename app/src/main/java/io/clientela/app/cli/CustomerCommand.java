package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.core.UsageException;
import io.clientela.service.privacy.Privacy;
import io.clientela.store.profiles.Merges;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela customer show|explain|unmerge|export|erase}. */
@Command(name = "customer", mixinStandardHelpOptions = true, description = "Look at one customer: the 360 view and why records were merged; "
        + "the privacy requests (export, erase).",
        subcommands = {CustomerCommand.Show.class, CustomerCommand.Explain.class, CustomerCommand.Unmerge.class, CustomerCommand.Export.class,
                CustomerCommand.Erase.class})
final class CustomerCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"The Customer 360: profile, identities and their sources, headline figures and one timeline.",
                    "ID is an id in any source system, an e-mail, a phone number or a Clientela customer number."})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CustomerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|EMAIL|PHONE")
        String query;

        @Option(names = "--limit", defaultValue = "30", description = "Timeline entries to show (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Map<String, Object> view;
            try (App app = parent.root.open("clientela customer show")) {
                view = app.customers().show(app.customers().find(query), limit);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(view));
                return 0;
            }
            render(out, view);
            return 0;
        }

        @SuppressWarnings("unchecked")
        private static void render(PrintWriter out, Map<String, Object> view) {
            Map<String, Object> c = (Map<String, Object>) view.get("customer");
            out.println("Customer " + c.get("customer_id") + (c.get("name") != null ? " — " + c.get("name") : ""));
            c.forEach((k, v) -> {
                if (!k.equals("customer_id") && !k.equals("name")) {
                    out.printf("  %-20s %s%n", k, Output.text(v));
                }
            });
            out.println();
            out.println("Identities");
            Output.table(out, (List<Map<String, Object>>) view.get("identities"), 50);
            out.println();
            out.println("Figures");
            ((Map<String, Object>) view.get("figures")).forEach((k, v) -> out.printf("  %-20s %s%n", k.replace('_', ' '), Output.text(v)));
            Map<String, Object> value = (Map<String, Object>) view.get("value");
            if (!value.isEmpty()) {
                out.println();
                out.println("Value (latest analysis runs)");
                value.forEach((k, v) -> {
                    if (v != null && !k.endsWith("_run")) {
                        out.printf("  %-20s %s%n", k.replace('_', ' '), v instanceof Double d ? String.format("%.4g", d) : Output.text(v));
                    }
                });
                out.printf("  %-20s rfm %s, abc %s, quadrant %s, clv %s%n", "from runs", value.get("rfm_run"), value.get("abc_run"),
                        value.get("quadrant_run"), value.get("clv_run"));
            }
            out.println();
            out.println("Timeline (newest first)");
            Output.table(out, (List<Map<String, Object>>) view.get("timeline"), 90);
            List<Map<String, Object>> feedback = (List<Map<String, Object>>) view.get("feedback");
            if (feedback != null && !feedback.isEmpty()) {
                out.println();
                out.println("Feedback with sentiment (latest 'analyze voice' run; empty until one has run)");
                Output.table(out, feedback, 60);
            }
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Why these records were merged into one customer.")
    static final class Explain implements Callable<Integer> {
        @ParentCommand
        CustomerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|EMAIL|PHONE")
        String query;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() {
            Map<String, Object> view;
            try (App app = parent.root.open("clientela customer explain")) {
                view = app.customers().explain(app.customers().find(query));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(view));
                return 0;
            }
            List<Map<String, Object>> records = (List<Map<String, Object>>) view.get("records");
            List<Map<String, Object>> merges = (List<Map<String, Object>>) view.get("merges");
            out.println("Customer " + view.get("customer_id") + " is " + records.size() + " record" + (records.size() == 1 ? "" : "s") + ":");
            Output.table(out, records, 40);
            out.println();
            if (merges.isEmpty()) {
                out.println("No merges: one source record.");
            } else {
                out.println("Merged because (undo one with: " + parent.root.hint("customer unmerge MERGE_ID") + "):");
                merges.forEach(m -> out.printf("  #%s %s (%s)%n", m.get("merge_id"), m.get("reason"), Output.text(m.get("merged_at"))));
            }
            List<Map<String, Object>> undone = (List<Map<String, Object>>) view.get("undone_merges");
            undone.forEach(m -> out.printf("  undone #%s %s (%s)%n", m.get("merge_id"), m.get("reason"), Output.text(m.get("undone_at"))));
            Map<String, Object> provenance = (Map<String, Object>) view.get("provenance");
            if (provenance != null && !provenance.isEmpty()) {
                out.println();
                out.println("Profile values come from:");
                provenance.forEach((k, v) -> out.printf("  %-20s %s%n", k, v));
            }
            return 0;
        }
    }

    @Command(name = "unmerge", mixinStandardHelpOptions = true,
            description = {"Undo a merge: the two records are no longer linked by that identifier.",
                    "They stay together if another identifier still links them; 'explain' then says which."})
    static final class Unmerge implements Callable<Integer> {
        @ParentCommand
        CustomerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERGE_ID")
        long mergeId;

        @Override
        public Integer call() {
            Map<String, Object> result;
            try (App app = parent.root.open("clientela customer unmerge")) {
                result = new Merges(app.workspace(), app.profiles(), app.clock()).undo(mergeId);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(result) : "merge #" + mergeId + " undone: " + result.get("reason")
                    + "; records now belong to customers " + result.get("customers"));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Privacy: everything held on one customer, from every table, as JSON (what GET /api/v1/customers/{id}/export answers).",
                    "ID is an id in any source system, an e-mail, a phone number or a Clientela customer number."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CustomerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|EMAIL|PHONE")
        String query;

        @Override
        public Integer call() {
            Map<String, Object> doc;
            try (App app = parent.root.open("clientela customer export")) {
                doc = new Privacy(app.handle(), app.workspace(), app.clock()).export(app.customers().find(query));
            }
            spec.commandLine().getOut().println(Output.json(doc));
            return 0;
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = {"Privacy: erase one customer from every table, identity, derived result and free text, audit it without personal data, "
                    + "and rewrite the database file so that no copy is left in it (DELETE /api/v1/customers/{id}).",
                    "ID is an id in any source system, an e-mail, a phone number or a Clientela customer number. Cannot be undone."})
    static final class Erase implements Callable<Integer> {
        @ParentCommand
        CustomerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|EMAIL|PHONE")
        String query;

        @Option(names = "--yes", description = "Confirm: the erasure cannot be undone.")
        boolean yes;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() {
            if (!yes) {
                throw new UsageException("an erasure cannot be undone; add --yes to erase the customer");
            }
            Map<String, Object> result;
            try (App app = parent.root.open("clientela customer erase")) {
                result = new Privacy(app.handle(), app.workspace(), app.clock()).erase(app.customers().find(query),
                        "cli:" + System.getProperty("user.name"));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (parent.root.json) {
                out.println(Output.json(result));
                return 0;
            }
            Map<String, Long> removed = (Map<String, Long>) result.get("rows_removed");
            Map<String, Long> scrubbed = (Map<String, Long>) result.get("rows_scrubbed");
            Map<String, Object> compaction = (Map<String, Object>) result.get("compaction");
            out.println("Customer " + result.get("customer_id") + " erased: " + removed.values().stream().mapToLong(Long::longValue).sum()
                    + " rows removed " + removed + (scrubbed.isEmpty() ? "" : ", text replaced in " + scrubbed));
            out.println(Boolean.TRUE.equals(compaction.get("done"))
                    ? "Database file rewritten in " + compaction.get("millis") + " ms (" + compaction.get("bytes_before") + " -> "
                            + compaction.get("bytes_after") + " bytes): no copy of the erased data is left in it."
                    : "Database file not rewritten yet: " + compaction.get("note") + ".");
            return 0;
        }
    }
}

package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A mistyped command line is answered in words: the nearest command or option, JSON when JSON was asked for, never a Java name. */
class CommandLineWordsTest {
    @TempDir
    Path tmp;

    @Test
    void a_mistyped_command_suggests_the_nearest_one() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("stauts");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'stauts'").contains("did you mean status?");
    }

    @Test
    void a_mistyped_subcommand_suggests_the_nearest_one() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("cases", "lsit");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command 'lsit' for 'clientela cases'").contains("did you mean list?");
        Cli.Result voice = new Cli(tmp.resolve("ws")).run("analyze", "voise");
        assertThat(voice.err()).contains("did you mean voice?");
    }

    @Test
    void a_mistyped_option_suggests_the_nearest_one() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("cases", "list", "--ownr", "agent");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option '--ownr'").contains("did you mean --owner?");
    }

    @Test
    void analyse_is_the_same_command_as_analyze_with_the_same_subcommands() {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result help = cli.run("analyse", "voice", "--help");
        assertThat(help.code()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: clientela analyze voice");
        Cli.Result runs = cli.run("analyse", "runs");
        assertThat(runs.err()).as("the same not-found error as 'analyze runs'").isEqualTo(cli.run("analyze", "runs").err());
    }

    @Test
    void errors_under_json_are_json_with_the_exit_code() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        for (String[] args : List.of(new String[] {"status", "--json"}, new String[] {"cases", "--format", "json"}, new String[] {"stauts", "--json"},
                new String[] {"alerts", "--format=json", "--status", "lost"})) {
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isNotZero();
            JsonNode e = Output.JSON.readTree(r.err());
            assertThat(e.get("error").asText()).as(String.join(" ", args)).isNotBlank();
            assertThat(e.get("code").asInt()).isEqualTo(r.code());
        }
    }

    @Test
    void a_format_that_is_not_one_of_the_three_is_refused_in_words() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("cases", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format must be table, csv or json, not 'xml'");
    }

    @Test
    void an_error_that_names_a_command_keeps_the_workspace_given() {
        Path ws = tmp.resolve("my ws");
        Cli cli = new Cli(ws);
        assertThat(cli.run("apikey", "create", "--role", "read").code()).isZero(); // creates the workspace
        Cli.Result r = cli.run("analyze", "run", "5");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("'clientela analyze runs --workspace '" + ws + "''");
        assertThat(Root.keepWorkspace("see 'clientela apikey list'", "status")).isEqualTo("see 'clientela apikey list'");
    }

    @Test
    void rules_check_refuses_a_mistyped_field_with_the_nearest_one() throws Exception {
        Path file = tmp.resolve("typo.yaml");
        Files.writeString(file, "rules:\n  - id: x\n    on: feedback\n    when: item.nps <= 6 and customer.abc_clas == \"A\"\n    actions:\n      - tag: t\n");
        Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "check", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("line 4").contains("unknown field 'customer.abc_clas'; did you mean customer.abc_class?");
        Files.writeString(file, "rules:\n  - id: x\n    on: feedback\n    when: item.npss <= 6\n    actions:\n      - tag: t\n");
        assertThat(new Cli(tmp.resolve("ws")).run("rules", "check", file.toString()).err()).contains("did you mean item.nps?");
    }

    @Test
    void the_example_rule_file_is_the_one_the_demo_runs() throws Exception {
        assertThat(Files.readString(Path.of("..", "examples", "rules", "casa-nova.yaml"))).isEqualTo(io.clientela.core.demo.DemoCompany.exampleRules());
        Cli.Result r = new Cli(tmp.resolve("ws")).run("rules", "check", Path.of("..", "examples", "rules", "casa-nova.yaml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("warning");
    }

    /** Every command and subcommand, given an option it does not have, a bad value and no workspace: words only. */
    @Test
    void no_message_of_any_command_names_a_java_class() throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "rules:\n  - id: x\n    on: feedback\n    when: item.npss <= 6\n    actions:\n      - tag: t\n");
        Cli cli = new Cli(tmp.resolve("missing"));
        List<String> bad = new ArrayList<>();
        CommandLine root = new CommandLine(new Root(Cli.CLOCK));
        List<List<String>> lines = new ArrayList<>();
        root.getSubcommands().forEach((name, sub) -> {
            if (name.equals("analyse") || name.equals("help") || name.equals("serve") || name.equals("demo")) {
                return;
            }
            lines.add(List.of(name, "--no-such-option"));
            lines.add(List.of(name, "x", "y", "z"));
            lines.add(List.of(name));
            boolean readsInput = name.equals("text") || name.equals("user"); // they read texts or a password from standard input
            sub.getSubcommands().keySet().forEach(child -> {
                lines.add(List.of(name, child, "--no-such-option"));
                if (!readsInput) {
                    lines.add(List.of(name, child, "not-a-number"));
                    lines.add(List.of(name, child, "--json"));
                }
            });
        });
        lines.add(List.of("demo", "--customers", "many", "--no-serve"));
        lines.add(List.of("demo", "--end-date", "yesterday", "--no-serve"));
        lines.add(List.of("rules", "run", file.toString(), "--as-of", "someday"));
        lines.add(List.of("rules", "check", file.toString()));
        lines.add(List.of("cases", "kpis", "--from", "2026-13-45"));
        lines.add(List.of("analyze", "value", "--discount-rate", "lots"));
        lines.add(List.of("customer", "show", "S1", "--limit", "-"));
        for (List<String> args : lines) {
            Cli.Result r = cli.run(args.toArray(String[]::new));
            String all = r.out() + r.err();
            if (all.contains("java.") || all.contains("Exception") || all.contains("io.clientela") || all.contains("picocli.")) {
                bad.add(String.join(" ", args) + " -> " + all.strip());
            }
        }
        assertThat(lines).hasSizeGreaterThan(80);
        assertThat(bad).isEmpty();
    }
}

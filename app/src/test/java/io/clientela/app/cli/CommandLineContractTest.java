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

class CommandLineContractTest {
    @TempDir
    Path tmp;

    @Test
    void every_command_has_help() {
        CommandLine root = new CommandLine(new Root(Cli.CLOCK));
        Cli cli = new Cli(tmp.resolve("ws"));
        root.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias ('analyse'): the same command, its help under its own name
            }
            Cli.Result r = cli.run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage: clientela " + name);
            sub.getSubcommands().keySet().forEach(child -> {
                Cli.Result c = cli.run(name, child, "--help");
                assertThat(c.code()).as(name + " " + child).isZero();
                assertThat(c.out()).contains("Usage: clientela " + name + " " + child);
            });
        });
    }

    /**
     * Each element of a command's description is printed as a line of its own (then wrapped), so an
     * element that stops mid-sentence (no full stop or colon, the next going on in lower case) breaks the
     * help text in two: a sentence runs on within one element.
     */
    @Test
    void no_command_description_breaks_a_sentence_across_lines() {
        List<String> broken = new ArrayList<>();
        collectBrokenDescriptions(new CommandLine(new Root(Cli.CLOCK)), broken);
        assertThat(broken).isEmpty();
    }

    private static void collectBrokenDescriptions(CommandLine command, List<String> broken) {
        String[] lines = command.getCommandSpec().usageMessage().description();
        for (int i = 0; i + 1 < lines.length; i++) {
            String next = lines[i + 1];
            String line = lines[i].strip();
            boolean ends = line.isEmpty() || ".:!?".indexOf(line.charAt(line.length() - 1)) >= 0;
            if (!ends && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                broken.add(command.getCommandSpec().qualifiedName() + ": '..." + lines[i].substring(Math.max(0, lines[i].length() - 30)) + "' / '"
                        + next.substring(0, Math.min(30, next.length())) + "...'");
            }
        }
        command.getSubcommands().values().forEach(sub -> collectBrokenDescriptions(sub, broken));
    }

    @Test
    void usage_errors_exit_2_with_one_line_and_no_stack_trace() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("import", "--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").doesNotContain("at io.clientela");
    }

    @Test
    void data_errors_exit_1_with_one_clear_line() throws Exception {
        Path mapping = tmp.resolve("m.yaml");
        Files.writeString(mapping, "source: s\nentity: customers\nfields:\n  customer_id: id\n");
        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        Cli.Result r = new Cli(tmp.resolve("ws")).run("import", "--mapping", mapping.toString(), empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: " + empty + " is empty (0 bytes); nothing was imported");
    }

    @Test
    void a_bad_mapping_is_a_usage_error() throws Exception {
        Path mapping = tmp.resolve("m.yaml");
        Files.writeString(mapping, "source: s\nentity: customers\nfieldz:\n  customer_id: id\n");
        Cli.Result r = new Cli(tmp.resolve("ws")).run("import", "--mapping", mapping.toString(), mapping.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key 'fieldz'").contains("line 3");
    }

    @Test
    void imports_merges_and_explains_customers_from_two_systems() throws Exception {
        Path shopMap = tmp.resolve("shop.yaml");
        Files.writeString(shopMap, """
                source: shop
                entity: customers
                fields: {customer_id: id, name: name, email: email, phone: phone, country: country, city: city, updated_at: updated}
                """);
        Path crmMap = tmp.resolve("crm.yaml");
        Files.writeString(crmMap, Files.readString(shopMap).replace("source: shop", "source: crm"));
        Path shop = tmp.resolve("shop.csv");
        Files.writeString(shop, """
                id,name,email,phone,country,city,updated
                S1,Ann Smith,ann@example.com,07700 900123,GB,Leeds,2024-01-01 00:00:00
                S2,Bob Jones,bob@example.com,,GB,York,2024-01-01 00:00:00
                """);
        Path crm = tmp.resolve("crm.csv");
        Files.writeString(crm, """
                id,name,email,phone,country,city,updated
                C9,Ann Smith-Brown, ANN@Example.com ,+44 7700 900123,GB,London,2024-06-01 00:00:00
                C10,Carl,carl@example.com,+44 7700 900999,GB,Hull,2024-06-01 00:00:00
                """);
        Cli cli = new Cli(tmp.resolve("ws"));
        assertThat(cli.run("import", "-m", shopMap.toString(), shop.toString()).code()).isZero();
        assertThat(cli.run("import", "-m", crmMap.toString(), crm.toString()).code()).isZero();

        JsonNode status = Output.JSON.readTree(cli.run("status", "--json").out());
        assertThat(status.at("/counts/customer_records").asLong()).isEqualTo(4);
        assertThat(status.at("/counts/customers").asLong()).isEqualTo(3);

        JsonNode ann = Output.JSON.readTree(cli.run("customer", "show", "+447700900123", "--json").out());
        assertThat(ann.at("/customer/city").asText()).isEqualTo("London");
        assertThat(ann.at("/customer/name").asText()).isEqualTo("Ann Smith-Brown");
        assertThat(ann.at("/identities")).hasSize(6);

        Cli.Result explain = cli.run("customer", "explain", "S1");
        assertThat(explain.out()).contains("records shop:S1 and crm:C9 share the");
        JsonNode merges = Output.JSON.readTree(cli.run("customer", "explain", "S1", "--json").out()).at("/merges");
        assertThat(merges).hasSize(1);

        String mergeId = merges.get(0).get("merge_id").asText();
        Cli.Result undo = cli.run("customer", "unmerge", mergeId);
        assertThat(undo.code()).as(undo.err()).isZero();
        // the e-mail still links them: undoing one link is not enough when another remains
        assertThat(Output.JSON.readTree(cli.run("status", "--json").out()).at("/counts/customers").asLong()).isEqualTo(3);
        JsonNode after = Output.JSON.readTree(cli.run("customer", "explain", "S1", "--json").out());
        assertThat(after.at("/merges")).hasSize(1);
        Cli.Result second = cli.run("customer", "unmerge", after.at("/merges/0/merge_id").asText());
        assertThat(second.code()).isZero();
        assertThat(Output.JSON.readTree(cli.run("status", "--json").out()).at("/counts/customers").asLong()).isEqualTo(4);
        assertThat(Output.JSON.readTree(cli.run("customer", "show", "C9", "--json").out()).at("/customer/city").asText()).isEqualTo("London");
        assertThat(Output.JSON.readTree(cli.run("customer", "show", "S1", "--json").out()).at("/customer/city").asText()).isEqualTo("Leeds");
    }

    @Test
    void unknown_customer_is_a_clear_error() {
        io.clientela.store.Workspace.open(tmp.resolve("ws"), "test").close();
        Cli.Result r = new Cli(tmp.resolve("ws")).run("customer", "show", "nobody@example.com");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no customer matches 'nobody@example.com'");
    }
}

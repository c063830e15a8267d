package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void creates_lists_and_revokes_keys_showing_the_secret_only_once() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result created = cli.run("apikey", "create", "--role", "write", "--source", "shop", "--label", "till", "--json");
        assertThat(created.code()).as(created.err()).isZero();
        JsonNode key = Output.JSON.readTree(created.out());
        assertThat(key.get("key").asText()).startsWith("clk_" + key.get("key_id").asText() + "_");
        assertThat(key.get("role").asText()).isEqualTo("write");

        Cli.Result list = cli.run("apikey", "list", "--json");
        assertThat(list.out()).contains(key.get("key_id").asText()).contains("shop").doesNotContain(key.get("key").asText());

        assertThat(cli.run("apikey", "revoke", key.get("key_id").asText()).code()).isZero();
        assertThat(Output.JSON.readTree(cli.run("apikey", "list", "--json").out()).get(0).get("revoked_at").isNull()).isFalse();
        Cli.Result again = cli.run("apikey", "revoke", key.get("key_id").asText());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("was already revoked");
        Cli.Result unknown = cli.run("apikey", "revoke", "000000000000");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no API key with id '000000000000'");
    }

    @Test
    void an_unknown_role_or_bad_source_is_a_usage_error() {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result role = cli.run("apikey", "create", "--role", "root");
        assertThat(role.code()).isEqualTo(2);
        assertThat(role.err()).contains("role must be write, read or admin");
        assertThat(cli.run("apikey", "create", "--role", "write", "--source", "Bad Source!").code()).isEqualTo(2);
    }
}

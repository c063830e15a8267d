package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
    @TempDir
    Path tmp;

    private static Cli.Result withStdin(String input, Cli cli, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cli.run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void adds_lists_and_changes_the_password_of_users() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result add = withStdin("a long password\n", cli, "user", "add", "ana", "--role", "analyst", "--password-stdin");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("added analyst ana");
        Cli.Result list = cli.run("user", "list", "--json");
        assertThat(Output.JSON.readTree(list.out()).get(0).get("role").asText()).isEqualTo("analyst");
        assertThat(list.out()).doesNotContain("pbkdf2");
        Cli.Result passwd = withStdin("another long password\n", cli, "user", "passwd", "ana", "--password-stdin");
        assertThat(passwd.code()).as(passwd.err()).isZero();
    }

    @Test
    void refuses_a_bad_role_a_short_password_and_an_unknown_user_with_one_line() {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result role = withStdin("a long password\n", cli, "user", "add", "ana", "--role", "root", "--password-stdin");
        assertThat(role.code()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'root'");
        Cli.Result shortPw = withStdin("short\n", cli, "user", "add", "ana", "--role", "viewer", "--password-stdin");
        assertThat(shortPw.code()).isEqualTo(2);
        assertThat(shortPw.err().strip()).isEqualTo("error: password: expected at least 10 characters");
        Cli.Result unknown = withStdin("a long password\n", cli, "user", "passwd", "nobody", "--password-stdin");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user named 'nobody'");
    }

    private static Cli.Result add(Cli cli, String name, String role) {
        Cli.Result r = withStdin("a long password\n", cli, "user", "add", name, "--role", role, "--password-stdin");
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static com.fasterxml.jackson.databind.JsonNode user(Cli cli, String name) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode u : Output.JSON.readTree(cli.run("user", "list", "--json").out())) {
            if (u.get("username").asText().equals(name)) {
                return u;
            }
        }
        return null;
    }

    @Test
    void disables_enables_changes_the_role_of_and_removes_a_user() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        add(cli, "root", "admin");
        add(cli, "ana", "analyst");

        Cli.Result disable = cli.run("user", "disable", "ana");
        assertThat(disable.code()).as(disable.err()).isZero();
        assertThat(disable.out().strip()).isEqualTo("disabled analyst ana");
        assertThat(user(cli, "ana").get("disabled").asBoolean()).isTrue();
        assertThat(cli.run("user", "disable", "ana").out().strip()).isEqualTo("ana was already disabled");

        Cli.Result enable = cli.run("user", "enable", "ana", "--json");
        assertThat(enable.code()).as(enable.err()).isZero();
        assertThat(Output.JSON.readTree(enable.out()).get("disabled").asBoolean()).isFalse();
        assertThat(user(cli, "ana").get("disabled").asBoolean()).isFalse();

        Cli.Result role = cli.run("user", "role", "ana", "viewer");
        assertThat(role.code()).as(role.err()).isZero();
        assertThat(role.out().strip()).isEqualTo("ana is now viewer");
        assertThat(user(cli, "ana").get("role").asText()).isEqualTo("viewer");

        Cli.Result remove = cli.run("user", "remove", "ana", "--yes");
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(remove.out().strip()).isEqualTo("removed ana");
        assertThat(user(cli, "ana")).isNull();
    }

    @Test
    void refuses_to_take_away_the_last_enabled_admin_and_an_unconfirmed_removal() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        add(cli, "root", "admin");
        for (String[] args : new String[][] {{"user", "disable", "root"}, {"user", "role", "root", "analyst"}, {"user", "remove", "root", "--yes"}}) {
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).contains("last enabled admin");
        }
        assertThat(user(cli, "root").get("role").asText()).isEqualTo("admin");
        add(cli, "second", "admin");
        assertThat(cli.run("user", "disable", "root").code()).isZero();
        Cli.Result last = cli.run("user", "role", "second", "viewer");
        assertThat(last.code()).isEqualTo(1);
        assertThat(last.err()).contains("'second': it is the last enabled admin");

        Cli.Result unconfirmed = cli.run("user", "remove", "second");
        assertThat(unconfirmed.code()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("add --yes");
        assertThat(user(cli, "second")).isNotNull();
    }

    @Test
    void an_unknown_user_or_role_is_one_line_with_the_usual_exit_codes() {
        Cli cli = new Cli(tmp.resolve("ws"));
        io.clientela.store.Workspace.open(tmp.resolve("ws"), "test").close(); // a workspace without that user
        for (String[] args : new String[][] {{"user", "disable", "nobody"}, {"user", "enable", "nobody"}, {"user", "role", "nobody", "viewer"},
                {"user", "remove", "nobody", "--yes"}}) {
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("error: no user named 'nobody'");
        }
        add(cli, "ana", "analyst");
        Cli.Result role = cli.run("user", "role", "ana", "root");
        assertThat(role.code()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'root'");
    }
}

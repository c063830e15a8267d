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
}

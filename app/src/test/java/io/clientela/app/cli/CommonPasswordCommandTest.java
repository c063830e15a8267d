package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user add} and {@code user passwd} refuse a common password with one line, and keep nothing. */
class CommonPasswordCommandTest {
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
    void user_add_and_user_passwd_refuse_a_common_password() throws Exception {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result add = withStdin("Password123\n", cli, "user", "add", "ana", "--role", "analyst", "--password-stdin");
        assertThat(add.code()).isEqualTo(2);
        assertThat(add.err().strip()).startsWith("error: password: it is one of the 30,000 most common passwords").doesNotContain("\n");
        assertThat(Output.JSON.readTree(cli.run("user", "list", "--json").out())).isEmpty();

        assertThat(withStdin("plum kettle on the stairs\n", cli, "user", "add", "ana", "--role", "analyst", "--password-stdin").code()).isZero();
        Cli.Result passwd = withStdin("qwertyuiop\n", cli, "user", "passwd", "ana", "--password-stdin");
        assertThat(passwd.code()).isEqualTo(2);
        assertThat(passwd.err()).contains("most common passwords");
    }
}

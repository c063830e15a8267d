package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void a_port_in_use_is_one_clear_line_and_exit_1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result r = new Cli(tmp.resolve("ws")).run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\n");
        }
    }

    @Test
    void bad_limits_are_usage_errors() {
        Cli.Result r = new Cli(tmp.resolve("ws")).run("serve", "--port", "70000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("port must be between 0 and 65535");
    }
}

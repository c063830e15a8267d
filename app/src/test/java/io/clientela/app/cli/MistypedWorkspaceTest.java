package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that reads a workspace, given a folder holding none, says so instead of creating an empty one. */
class MistypedWorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void a_read_command_on_a_folder_without_a_workspace_says_none_is_there_and_creates_nothing() {
        Path typo = tmp.resolve("clientela-dta");
        for (String[] args : new String[][] {{"status"}, {"customer", "show", "C1"}, {"user", "list"}, {"analyze", "value"}, {"cases"}}) {
            Cli.Result r = new Cli(typo).run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: no workspace in " + typo.toAbsolutePath().normalize());
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void commands_that_start_a_workspace_still_create_it() {
        Path fresh = tmp.resolve("fresh");
        Cli.Result r = new Cli(fresh).run("apikey", "create", "--role", "write");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fresh.resolve("clientela.duckdb")).exists();
        assertThat(new Cli(fresh).run("status").code()).isZero();
    }
}

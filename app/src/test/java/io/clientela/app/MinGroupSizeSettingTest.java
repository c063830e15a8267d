package io.clientela.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.core.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code privacy.min_group_size} in clientela.yaml: 5 unless set, 1 to 1000, a bad value refused at start-up with its file. */
class MinGroupSizeSettingTest {
    @TempDir
    Path tmp;

    @Test
    void the_minimum_group_size_is_5_unless_the_workspace_sets_it() throws IOException {
        assertThat(WorkspaceConfig.load(tmp).minGroupSize()).isEqualTo(5);
        Files.writeString(tmp.resolve("clientela.yaml"), "privacy:\n  min_group_size: 11\n");
        assertThat(WorkspaceConfig.load(tmp).minGroupSize()).isEqualTo(11);
        Files.writeString(tmp.resolve("clientela.yaml"), "logging:\n  level: info\n");
        assertThat(WorkspaceConfig.load(tmp).minGroupSize()).isEqualTo(5);
    }

    @Test
    void a_minimum_group_size_below_1_is_refused_with_the_file_and_the_key() throws IOException {
        Files.writeString(tmp.resolve("clientela.yaml"), "privacy:\n  min_group_size: 0\n");
        assertThatThrownBy(() -> WorkspaceConfig.load(tmp)).isInstanceOf(UsageException.class)
                .hasMessageContaining("clientela.yaml").hasMessageContaining("privacy.min_group_size must be a whole number from 1 (no minimum) to 1000, not 0");
    }
}

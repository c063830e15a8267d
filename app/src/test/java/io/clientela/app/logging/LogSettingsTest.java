package io.clientela.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CLIENTELA_LOG_LEVEL over the workspace's logging section: a level for Clientela, and/or levels by logger name. */
class LogSettingsTest {
    private final LogSettings file = new LogSettings(LogLevel.WARN, false, Map.of("org.eclipse.jetty", LogLevel.INFO));

    @Test
    void the_environment_overrides_the_file_part_by_part() {
        assertThat(file.overriddenBy(null)).isEqualTo(file);
        assertThat(file.overriddenBy("debug")).isEqualTo(new LogSettings(LogLevel.DEBUG, false, Map.of("org.eclipse.jetty", LogLevel.INFO)));
        assertThat(file.overriddenBy("clientela.sql=trace, org.eclipse.jetty=error"))
                .isEqualTo(new LogSettings(LogLevel.WARN, false, Map.of("org.eclipse.jetty", LogLevel.ERROR, "clientela.sql", LogLevel.TRACE)));
    }

    @Test
    void a_level_that_is_not_one_is_refused_with_the_levels() {
        assertThatThrownBy(() -> file.overriddenBy("loud")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'loud' is not a log level (off, error, warn, info, debug or trace)");
        assertThatThrownBy(() -> file.overriddenBy("=debug")).hasMessageContaining("needs a logger name");
    }
}

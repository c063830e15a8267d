package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.app.cli.Root;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * A real server over a real workspace: the demo company (400 customers, analysed) is built once
 * per test run into a template folder and copied for each fixture, so every test class gets its
 * own fresh DuckDB file. The demo's users {@code admin, analyst, agent, viewer} get password {@link #PASSWORD}.
 */
public final class WebFixture implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private static Path template;
    private final App app;
    private final Serving server;

    private WebFixture(App app, Serving server) {
        this.app = app;
        this.server = server;
    }

    /** A server on a free port over a copy of the demo workspace in {@code dir}. */
    public static WebFixture start(Path dir, AuthSettings settings) {
        copy(template(), dir);
        App app = App.open(dir, "test server", Clock.systemUTC());
        Users users = new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000));
        for (Role r : Role.PEOPLE) {
            users.passwd(r.id(), PASSWORD.toCharArray());
        }
        return new WebFixture(app, app.serveDashboard(new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY, ServerSettings.DEFAULT_MAX_ITEMS), settings));
    }

    /** A server over the workspace a closed fixture left in {@code dir}, as it was (a restart). */
    public static WebFixture reopen(Path dir, AuthSettings settings) {
        App app = App.open(dir, "test server", Clock.systemUTC());
        return new WebFixture(app, app.serveDashboard(new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY, ServerSettings.DEFAULT_MAX_ITEMS), settings));
    }

    /** A copy of the demo workspace (analysed, users without passwords) in {@code dir}, for a test that serves it its own way. */
    static Path demoWorkspace(Path dir) {
        copy(template(), dir);
        return dir;
    }

    public static WebFixture start(Path dir) {
        return start(dir, new AuthSettings(Duration.ofHours(1), 5, Duration.ofMinutes(15), false));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public int port() {
        return server.port();
    }

    public App app() {
        return app;
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path t = Files.createTempDirectory("clientela-web-template");
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Root.run(CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), "demo", "--no-serve", "--no-rules", "--customers", "400",
                        "--json", "--workspace", t.toString());
                assertThat(code).as(err.toString()).isZero();
                template = t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".duckdb") || name.endsWith(".yaml") || name.endsWith(".wal")) {
                    Files.copy(f, to.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        app.close();
    }
}

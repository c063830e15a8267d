package io.clientela.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process against a workspace folder and captures what it prints. */
final class Cli {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);
    private final Path workspace;

    Cli(Path workspace) {
        this.workspace = workspace;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = Root.run(CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    /** The repository root, where examples/ lives (tests run in the module folder). */
    static Path repo() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The shared reference data, or null when this clone has none beside it. */
    static Path sharedData() {
        String p = System.getProperty("clientela.shared.data");
        Path path = p == null ? repo().resolve("../shared/data") : Path.of(p);
        return java.nio.file.Files.isDirectory(path) ? path.normalize() : null;
    }
}

package io.clientela.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code clientela bench} in-process against a workspace folder and captures what it prints. */
final class Bench {
    private final Path workspace;

    Bench(Path workspace) {
        this.workspace = workspace;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        int code = BenchCommand.run(Clock.systemUTC(), new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }
}

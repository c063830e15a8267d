package io.clientela.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code clientela demo}: generate, import and show the demo company. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Load the demo company (placeholder until the generator lands).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Override
    public Integer call() {
        return 0;
    }
}

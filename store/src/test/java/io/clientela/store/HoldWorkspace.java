package io.clientela.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a workspace, says so, and holds it until killed. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (Workspace ws = Workspace.open(Path.of(args[0]), "holding it for a test")) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}

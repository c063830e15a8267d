package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.app.auth.AuthSettings;
import io.clientela.app.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code clientela dashboard}: serves the dashboard and REST API until stopped (to be folded into {@code serve}). */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Serve the dashboard, the login and the REST API (/api/v1, /api/openapi.json) until stopped with Ctrl-C.")
final class DashboardCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (App app = root.open("clientela dashboard"); WebServer server = WebServer.start(app, host, port, AuthSettings.DEFAULT)) {
            PrintWriter out = new PrintWriter(System.out, true);
            out.println("Dashboard on http://" + host + ":" + server.port() + "/ (Ctrl-C stops it); users: './clientela user list'");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}

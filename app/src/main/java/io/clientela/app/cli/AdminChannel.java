package io.clientela.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.core.FaultException;
import io.clientela.store.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's door for the command line. While {@code serve} holds a workspace, a command given that
 * workspace ({@code customer show}, {@code analyze value}, {@code user disable}, ...) cannot open it
 * itself: it sends its arguments here instead, and the server runs the very same command on a
 * connection of its own, streaming the output, progress and exit code back ({@link AdminClient}).
 *
 * <p>The door is a Unix-domain socket, reachable only on this machine, and every command must
 * present the secret the server writes into {@code admin.json} in the workspace folder; both files
 * are readable and writable by the workspace's owner only. The server removes them when it stops; a
 * stale pair (after {@code kill -9}) is ignored by the command line and replaced by the next server.
 */
final class AdminChannel implements AutoCloseable {
    static final String FILE = "admin.json";
    private static final Logger LOG = LoggerFactory.getLogger(AdminChannel.class);
    private static final int MAX_SOCKET_PATH = 100;
    private static final int PARALLEL_COMMANDS = 4;

    private final App app;
    private final Clock clock;
    private final byte[] secret;
    private final ServerSocketChannel server;
    private final Path socket;
    private final Path file;
    private final Path ownFolder;
    private final ExecutorService commands;
    private final Thread acceptor;

    private AdminChannel(App app, Clock clock, byte[] secret, ServerSocketChannel server, Path socket, Path file, Path ownFolder) {
        this.app = app;
        this.clock = clock;
        this.secret = secret;
        this.server = server;
        this.socket = socket;
        this.file = file;
        this.ownFolder = ownFolder;
        this.commands = Executors.newFixedThreadPool(PARALLEL_COMMANDS, r -> {
            Thread t = new Thread(r, "clientela-admin-command");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::accept, "clientela-admin-channel");
        this.acceptor.setDaemon(true);
    }

    /** Opens the door for the workspace {@code app} serves at {@code url}, and writes {@code admin.json}. */
    static AdminChannel start(App app, Clock clock, String url) {
        Path dir = app.workspace().dir();
        Path file = dir.resolve(FILE);
        Path ownFolder = null;
        ServerSocketChannel server = null;
        try {
            Path socket = dir.resolve("admin.sock");
            if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
                // socket paths are short on every OS: a deep workspace gets a private folder under the temporary one
                ownFolder = Files.createTempDirectory("clientela-admin-", Owner.folderOnly());
                socket = ownFolder.resolve("admin.sock");
            }
            Files.deleteIfExists(socket); // left by a server that was killed: this process holds the workspace now
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Owner.restrict(socket);
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("socket", socket.toString());
            doc.put("secret", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            doc.put("pid", ProcessHandle.current().pid());
            doc.put("url", url);
            Owner.writePrivate(file, Json.MAPPER.writeValueAsString(doc));
            AdminChannel channel = new AdminChannel(app, clock, secret, server, socket, file, ownFolder);
            channel.acceptor.start();
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(server);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort
            }
            throw new FaultException("cannot open the command line's door into the server in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                commands.execute(() -> run(ch));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    LOG.warn("admin channel: could not take a command: {}", e.getMessage());
                }
            }
        }
    }

    /** Runs one command line sent by {@link AdminClient}: checks the secret, runs it here, streams back output and exit code. */
    private void run(SocketChannel ch) {
        try (ch; Frames frames = new Frames(ch)) {
            JsonNode hello = Json.MAPPER.readTree(frames.readHello());
            String sent = hello.path("secret").asText("");
            byte[] given;
            try {
                given = Base64.getUrlDecoder().decode(sent);
            } catch (IllegalArgumentException e) {
                given = new byte[0];
            }
            if (!MessageDigest.isEqual(given, secret)) {
                frames.text(Frames.ERR, "error: the server refused the command: wrong secret (read " + file + " as the workspace's owner)\n");
                frames.exit(1);
                return;
            }
            List<String> args = new ArrayList<>();
            hello.path("args").forEach(a -> args.add(a.asText()));
            Path cwd = Path.of(hello.path("cwd").asText("."));
            Terminal terminal = new RemoteTerminal(frames, hello.path("console").asBoolean(false));
            PrintWriter out = new PrintWriter(frames.writer(Frames.OUT), true);
            PrintWriter err = new PrintWriter(frames.writer(Frames.ERR), true);
            int code = Root.runServed(app, clock, terminal, cwd, out, err, args.toArray(String[]::new));
            out.flush();
            err.flush();
            frames.exit(code);
        } catch (IOException | RuntimeException e) {
            LOG.warn("admin channel: a command's connection failed: {}", e.getMessage());
        }
    }

    /** Stops taking commands, lets running ones finish (up to a minute), and removes the socket and {@code admin.json}. */
    @Override
    public void close() {
        closeQuietly(server);
        commands.shutdown();
        try {
            if (!commands.awaitTermination(60, TimeUnit.SECONDS)) {
                commands.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(socket);
            if (ownFolder != null) {
                Files.deleteIfExists(ownFolder);
            }
        } catch (IOException e) {
            LOG.warn("admin channel: could not remove {}: {}", socket, e.getMessage());
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing is best effort
            }
        }
    }

    /** The command line's console, at the other end of the socket. */
    private static final class RemoteTerminal implements Terminal {
        private final Frames frames;
        private final boolean console;
        private final PrintStream progress;

        RemoteTerminal(Frames frames, boolean console) {
            this.frames = frames;
            this.console = console;
            this.progress = new PrintStream(frames.stream(Frames.ERR), true, StandardCharsets.UTF_8);
        }

        @Override
        public boolean console() {
            return console;
        }

        @Override
        public char[] readPassword(String prompt) {
            if (!console) {
                return null;
            }
            try {
                String s = frames.ask(Frames.ASK_PASSWORD, prompt);
                return s == null ? null : s.toCharArray();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public String readLine() throws IOException {
            return frames.ask(Frames.ASK_LINE, "");
        }

        @Override
        public PrintStream progress() {
            return progress;
        }
    }
}

package io.clientela.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.core.UnavailableException;
import io.clientela.store.Json;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's side of the {@link AdminChannel}: when a running server holds the workspace, a
 * command is sent to it and its output, questions (a password, standard input) and exit code are
 * relayed, so the person sees what the command would have printed had it run here.
 */
final class AdminClient {
    /** What a serving process writes into the workspace's lock file (see the store's WorkspaceLock). */
    private static final Pattern SERVER_LOCK = Pattern.compile("^pid (\\d+), clientela (serve|demo)\\b");

    private AdminClient() {
    }

    /** Where the server holding {@code workspace} takes commands: its socket, secret and URL. */
    record Door(Path socket, String secret, long pid, String url) {
    }

    /**
     * The door of a live server holding {@code workspace}; empty when none serves it (no
     * {@code admin.json}, or one left by a server that is gone).
     */
    static Optional<Door> find(Path workspace) {
        Path file = workspace.toAbsolutePath().normalize().resolve(AdminChannel.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode doc;
        try {
            doc = Json.MAPPER.readTree(Files.readString(file));
        } catch (AccessDeniedException e) {
            throw new UnavailableException("a server run by another user holds workspace " + workspace.toAbsolutePath().normalize()
                    + "; run this command as that user, or stop the server first");
        } catch (IOException e) {
            return Optional.empty();
        }
        long pid = doc.path("pid").asLong(-1);
        if (pid > 0 && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
            return Optional.empty(); // left behind by a server that was killed
        }
        return Optional.of(new Door(Path.of(doc.path("socket").asText("")), doc.path("secret").asText(""), pid, doc.path("url").asText("")));
    }

    /** Whether a lock's holder (what it wrote into the lock file) is a server: {@code serve} or {@code demo} of another process. */
    static boolean servedBy(String holder) {
        Matcher m = SERVER_LOCK.matcher(holder);
        return m.find() && Long.parseLong(m.group(1)) != ProcessHandle.current().pid();
    }

    /**
     * The door of a server that holds {@code workspace} but is still starting ({@code holder}, what
     * the lock's holder wrote there, names {@code serve} or {@code demo}, and no door is open yet): waits up to {@code patience} for it,
     * saying so once on {@code err}; empty when no server is starting there or it takes longer.
     */
    static Optional<Door> awaitStarting(Path workspace, String holder, Duration patience, PrintWriter err) {
        Matcher m = SERVER_LOCK.matcher(holder);
        if (!m.find()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(m.group(1));
        if (pid == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        long until = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (System.nanoTime() < until && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            Optional<Door> door = find(workspace);
            if (door.isPresent()) {
                return door;
            }
            if (!told) {
                err.println("waiting for the server starting on this workspace (pid " + pid + ")...");
                err.flush();
                told = true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Sends {@code args} through {@code door} and relays the run; returns the command's exit code, or
     * empty when the door does not open (a server gone without removing it: the command runs here).
     */
    static OptionalInt run(Door door, List<String> args, PrintWriter out, PrintWriter err, Terminal terminal) {
        SocketChannel ch;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        try (ch) {
            try {
                ch.connect(UnixDomainSocketAddress.of(door.socket()));
            } catch (IOException e) {
                return OptionalInt.empty();
            }
            try (Frames frames = new Frames(ch)) {
                Map<String, Object> hello = new LinkedHashMap<>();
                hello.put("secret", door.secret());
                hello.put("args", args);
                hello.put("cwd", Path.of("").toAbsolutePath().toString());
                hello.put("console", terminal.console());
                frames.text(Frames.HELLO, Json.MAPPER.writeValueAsString(hello));
                while (true) {
                    Frames.Frame f;
                    try {
                        f = frames.read();
                    } catch (EOFException e) {
                        err.println("error: the server (pid " + door.pid() + ") stopped before the command finished; whether it took effect, "
                                + "its logs say");
                        err.flush();
                        return OptionalInt.of(1);
                    }
                    switch (f.type()) {
                        case Frames.OUT -> {
                            out.print(f.text());
                            out.flush();
                        }
                        case Frames.ERR -> {
                            err.print(f.text());
                            err.flush();
                        }
                        case Frames.ASK_PASSWORD -> answer(frames, terminal.readPassword(f.text()));
                        case Frames.ASK_LINE -> {
                            String line = terminal.readLine();
                            answer(frames, line == null ? null : line.toCharArray());
                        }
                        case Frames.EXIT -> {
                            return OptionalInt.of(f.code());
                        }
                        default -> throw new IOException("unexpected frame type " + (char) f.type());
                    }
                }
            }
        } catch (IOException e) {
            throw new UnavailableException("workspace is held by a running server (pid " + door.pid() + ", " + door.url()
                    + ") but its command door " + door.socket() + " did not answer (" + e.getMessage() + "); try again, or stop the server");
        }
    }

    private static void answer(Frames frames, char[] value) throws IOException {
        if (value == null) {
            frames.noAnswer();
        } else {
            frames.text(Frames.ANSWER, new String(value));
            java.util.Arrays.fill(value, '\0');
        }
    }
}

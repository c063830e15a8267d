package io.clientela.service.rules;

import io.clientela.action.rule.RuleFile;
import io.clientela.action.rule.RuleSet;
import io.clientela.core.FaultException;
import io.clientela.ingest.collect.CollectedItem;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The action rule file in force on this workspace's server: {@code serve --rules FILE}, or else
 * {@value #DEFAULT_FILE} in the workspace folder when it exists. {@link #replace} validates a new
 * text with the same reader as {@code rules check}, saves it to the file and, on a serving server,
 * switches the live evaluation to it without a restart; a bad text changes nothing. Collected items
 * reach the live rules through this object, so a server started without rules picks them up once a
 * file is saved.
 */
public final class ActionRules implements CollectedItems, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ActionRules.class);
    /** Where rules saved through the REST API go when the server was started without {@code --rules}. */
    public static final String DEFAULT_FILE = "action-rules.yaml";
    private final Workspace workspace;
    private final Clock clock;
    private Path file;
    private RuleSet current;
    /** Read without the lock by {@link #collected} (the collector's writer), which must not wait while rules are replaced. */
    private volatile LiveRules live;
    private boolean serving;

    public ActionRules(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.file = workspace.dir().toAbsolutePath().resolve(DEFAULT_FILE);
    }

    /**
     * Starts evaluating collected items and the schedule with {@code given} (or the default file when
     * it exists; with neither, nothing runs until a file is saved).
     */
    public synchronized void serve(Path given) {
        this.serving = true;
        if (given != null) {
            file = given.toAbsolutePath();
        }
        if (given != null || Files.exists(file)) {
            current = RuleFile.load(file);
            live = LiveRules.start(workspace, clock, current);
        }
    }

    /** The rule set in force: the one loaded, or the file's when it exists. */
    public synchronized Optional<RuleSet> current() {
        if (current == null && Files.exists(file)) {
            current = RuleFile.parse(file.getFileName().toString(), read());
        }
        return Optional.ofNullable(current);
    }

    public synchronized Path file() {
        return file;
    }

    /** Whether items and the schedule are being evaluated (a serving server with a rule file). */
    public synchronized boolean live() {
        return live != null;
    }

    /** The file's text, if it exists. */
    public synchronized Optional<String> text() {
        return Files.exists(file) ? Optional.of(read()) : Optional.empty();
    }

    /** Validates {@code text} (a {@code RuleFileException} names line and column), saves it and puts it in force. */
    public synchronized RuleSet replace(String text) {
        RuleSet set = RuleFile.parse(file.getFileName().toString(), text);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FaultException("cannot save the rule file " + file + ": " + e.getMessage(), e);
        }
        current = set;
        if (serving) {
            if (live == null) {
                live = LiveRules.start(workspace, clock, set);
            } else {
                live.switchTo(set);
            }
            LOG.info("rules: {} in force ({} rules)", file, set.rules().size());
        }
        return set;
    }

    @Override
    public void collected(List<CollectedItem> items) {
        LiveRules l = live;
        if (l != null) {
            l.collected(items);
        }
    }

    /** Stops the live evaluation (waiting for the batches handed over). */
    @Override
    public synchronized void close() {
        if (live != null) {
            live.close();
            live = null;
        }
        serving = false;
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot read the rule file " + file + ": " + e.getMessage(), e);
        }
    }
}

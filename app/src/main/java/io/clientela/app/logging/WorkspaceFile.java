package io.clientela.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A log file in the workspace's {@code logs} folder, declared in {@code logback.xml}:
 * <pre>
 * &lt;appender name="ERRORS" class="io.clientela.app.logging.WorkspaceFile"&gt;
 *   &lt;file&gt;error.log&lt;/file&gt; &lt;maxFileSize&gt;10MB&lt;/maxFileSize&gt; &lt;keep&gt;5&lt;/keep&gt;
 *   &lt;encoder&gt;...&lt;/encoder&gt;
 * &lt;/appender&gt;
 * </pre>
 * Logback starts before the workspace is known, so the file has no folder until {@link Logs#apply}
 * gives it one; until then events are dropped. The file is created with its first line, so a command
 * that logs nothing leaves no file behind. Past {@code maxFileSize} it rolls over to
 * {@code error.1.log}, {@code error.2.log}..., keeping {@code keep} old files.
 */
public final class WorkspaceFile extends AppenderBase<ILoggingEvent> {
    private String file;
    private FileSize maxFileSize = FileSize.valueOf("10MB");
    private int keep = 5;
    private Encoder<ILoggingEvent> encoder;
    private Path folder;
    private RollingFileAppender<ILoggingEvent> open;

    /** The file's name in the folder, such as {@code access.log}. */
    public void setFile(String file) {
        this.file = file;
    }

    public void setMaxFileSize(FileSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** How many rolled-over files to keep (1 to 20). */
    public void setKeep(int keep) {
        this.keep = keep;
    }

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    public void start() {
        if (file == null || !file.matches("[\\w.-]+") || encoder == null || keep < 1 || keep > 20) {
            addError("appender " + name + " needs <file> (a plain file name), <keep> from 1 to 20 and an <encoder>");
            return;
        }
        super.start();
    }

    /** Writes to {@code dir} from now on (null: nowhere). */
    synchronized void folder(Path dir) {
        if (!Objects.equals(dir, folder)) {
            close();
            folder = dir;
        }
    }

    @Override
    protected void append(ILoggingEvent event) { // AppenderBase holds this object's lock
        if (folder == null) {
            return;
        }
        if (open == null) {
            open = open(folder);
        }
        open.doAppend(event);
    }

    private RollingFileAppender<ILoggingEvent> open(Path dir) {
        int dot = file.lastIndexOf('.');
        String stem = dir.resolve(dot < 0 ? file : file.substring(0, dot)).toString();
        RollingFileAppender<ILoggingEvent> a = new RollingFileAppender<>();
        a.setContext(context);
        a.setName(name + " in " + dir);
        a.setFile(dir.resolve(file).toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(a);
        rolling.setFileNamePattern(stem.replace("%", "\\%") + ".%i" + (dot < 0 ? "" : file.substring(dot)));
        rolling.setMinIndex(1);
        rolling.setMaxIndex(keep);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(maxFileSize);
        size.start();
        a.setRollingPolicy(rolling);
        a.setTriggeringPolicy(size);
        a.setEncoder(encoder);
        a.start();
        return a;
    }

    private synchronized void close() {
        if (open != null) {
            open.stop();
            open = null;
        }
    }

    @Override
    public void stop() {
        close();
        super.stop();
    }
}

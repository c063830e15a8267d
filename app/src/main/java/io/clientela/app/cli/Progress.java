package io.clientela.app.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when a person is watching a terminal; silent otherwise. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(Terminal terminal, boolean wanted, String task) {
        return start(terminal, wanted, task, 1);
    }

    /** A bar counting up to {@code max} on {@code terminal}, or nothing when no person is watching it. */
    static Progress start(Terminal terminal, boolean wanted, String task, long max) {
        if (!wanted || !terminal.console()) {
            return new Progress(null);
        }
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate();
        if (terminal.progress() != null) {
            b.setConsumer(new ConsoleProgressBarConsumer(terminal.progress(), 100));
        }
        return new Progress(b.build());
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    void stepBy(long n, String message) {
        if (bar != null) {
            bar.stepBy(n);
            bar.setExtraMessage(message);
        }
    }

    void message(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    void step(String message, long current, long max) {
        if (bar != null) {
            bar.maxHint(max);
            bar.stepTo(current);
            bar.setExtraMessage(message);
        }
    }

    void done() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

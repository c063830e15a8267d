package io.clientela.app.cli;

import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code clientela bench machine}: whether the machine itself stalls, with nothing of Clientela
 * running: one thread per core copies memory back to back and counts the copies that take
 * several times their median. Spells that several threads see at the same moment come from
 * outside the process (the host, another guest), and every latency figure measured on the
 * machine carries them.
 */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = {"Check the machine for stalls, with nothing else of Clientela running: one thread per core copies 8 MB of "
                + "memory back to back for --seconds and counts the copies that take 3 times their median or more, and the spells "
                + "(slow copies less than 100 ms apart) that every thread saw at about the same moment."})
final class MachineBench implements Callable<Integer> {
    @ParentCommand
    BenchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "30", description = "How long to probe, at most 120 (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", description = "Probing threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (seconds < 1 || seconds > 120 || n < 1 || n > 64) {
            throw new UsageException("bench machine: --seconds from 1 to 120 and --threads from 1 to 64");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<MemoryProbe> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            probes.add(MemoryProbe.begin(MemoryProbe.MB, seconds, "bench-machine-" + i));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        List<MemoryProbe.Seen> seen = new ArrayList<>();
        for (MemoryProbe p : probes) {
            seen.add(p.end());
        }
        // a spell of the first thread is shared when every other thread had one starting within 50 ms of it
        int shared = 0;
        for (long start : seen.get(0).spellStarts()) {
            boolean everyone = true;
            for (MemoryProbe.Seen other : seen.subList(1, seen.size())) {
                everyone &= other.spellStarts().stream().anyMatch(t -> Math.abs(t - start) <= TimeUnit.MILLISECONDS.toNanos(50));
            }
            shared += everyone ? 1 : 0;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", seconds);
        result.put("threads", n);
        result.put("copy_mb", MemoryProbe.MB);
        List<Map<String, Object>> per = new ArrayList<>();
        for (MemoryProbe.Seen s : seen) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("copies", s.copies());
            m.put("median_ms", s.medianMs());
            m.put("slow_copies", s.slow());
            m.put("spells", s.spells());
            m.put("slow_ms", s.slowMillis());
            per.add(m);
        }
        result.put("per_thread", per);
        result.put("spells_seen_by_every_thread", shared);
        if (parent.root.json) {
            out.println(Output.json(result));
            return 0;
        }
        out.printf("%d thread%s copying %d MB back to back for %d s:%n", n, n == 1 ? "" : "s", MemoryProbe.MB, seconds);
        for (int i = 0; i < seen.size(); i++) {
            MemoryProbe.Seen s = seen.get(i);
            out.printf("  thread %d: %,d copies, median %.2f ms; %,d took %d times the median or more (%,d ms in all), in %,d spells%n", i + 1,
                    s.copies(), s.medianMs(), s.slow(), MemoryProbe.SLOW, s.slowMillis(), s.spells());
        }
        if (n > 1) {
            // a thread alone also slows for its own reasons (the JIT, the scheduler): a spell all of them share is the machine's
            out.printf("spells every thread saw at about the same moment (the machine's own): %d of the first thread's %d%n", shared,
                    seen.get(0).spells());
        }
        return 0;
    }
}

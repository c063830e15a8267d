package io.clientela.app.cli;

import io.clientela.service.text.TextInput;
import io.clientela.analytics.voice.ResponseAnalysis;
import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.terms.EmergingTerms;
import io.clientela.analytics.voice.terms.TermCounts;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code text frequent} and {@code text emerging}: terms and key phrases over many responses. */
final class TextTrendCommands {
    private TextTrendCommands() {
    }

    /** Counts terms per language over the lines of a file; themes per theme. */
    private static Map<Language, TermCounts> count(VoicePipeline p, Path file, Language given, Map<String, Integer> themes) {
        Map<Language, TermCounts> out = new TreeMap<>();
        TextInput.lines(file, System.in, (text, line) -> {
            ResponseAnalysis a = p.analyze(text, given, false);
            if (!a.empty()) {
                out.computeIfAbsent(a.language(), l -> new TermCounts()).add(a.terms(), a.words());
                a.themes().forEach(t -> themes.merge(t, 1, Integer::sum));
            }
        });
        return out;
    }

    @Command(name = "frequent", mixinStandardHelpOptions = true,
            description = {"The most mentioned terms and key phrases (two adjacent terms) per language, counted once per response, "
                    + "and how many responses mention each theme."})
    static final class FrequentCmd implements Callable<Integer> {
        @ParentCommand
        TextCommand parent;

        @Mixin
        VoiceOptions options;

        @Spec
        CommandSpec spec;

        @Option(names = "--top", defaultValue = "20", description = "Terms per language (default ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() {
            Language given = options.language();
            Map<String, Object> out = new LinkedHashMap<>();
            try (Tokenizer tokenizer = new Tokenizer()) {
                Map<String, Integer> themes = new TreeMap<>();
                Map<Language, TermCounts> counts = count(options.pipeline(tokenizer), options.input, given, themes);
                Map<String, Object> byLang = new LinkedHashMap<>();
                counts.forEach((l, c) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("responses", c.responses());
                    m.put("top", c.top(top, 1).stream().map(f -> {
                        Map<String, Object> t = new LinkedHashMap<>();
                        t.put("term", f.word());
                        t.put("stem", f.term());
                        t.put("responses", f.responses());
                        t.put("share", f.share());
                        return t;
                    }).toList());
                    byLang.put(l.code(), m);
                });
                out.put("languages", byLang);
                out.put("themes", themes);
            }
            PrintWriter w = spec.commandLine().getOut();
            if (parent.root.json) {
                w.println(Output.json(out));
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> langs = (Map<String, Map<String, Object>>) out.get("languages");
                langs.forEach((l, m) -> {
                    w.println(l + " (" + m.get("responses") + " responses)");
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Object o : (List<?>) m.get("top")) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> f = (Map<String, Object>) o;
                        rows.add(Map.of("term", f.get("term"), "responses", f.get("responses"), "share",
                                String.format("%.3f", (Double) f.get("share"))));
                    }
                    Output.table(w, rows.stream().map(r -> {
                        Map<String, Object> o = new LinkedHashMap<>();
                        o.put("term", r.get("term"));
                        o.put("responses", r.get("responses"));
                        o.put("share", r.get("share"));
                        return o;
                    }).toList(), 40);
                });
                w.println("themes: " + out.get("themes"));
            }
            return 0;
        }
    }

    @Command(name = "emerging", mixinStandardHelpOptions = true,
            description = {"Terms and key phrases mentioned by a larger share of responses in the later file than in the earlier one, "
                    + "tested per language with Dunning's log-likelihood ratio and Benjamini-Hochberg adjusted p-values."})
    static final class EmergingCmd implements Callable<Integer> {
        @ParentCommand
        TextCommand parent;

        @Mixin
        VoiceOptions options;

        @Spec
        CommandSpec spec;

        @Option(names = "--before", required = true, paramLabel = "FILE", description = "Responses of the earlier period, one per line.")
        Path before;

        @Option(names = "--after", required = true, paramLabel = "FILE", description = "Responses of the later period, one per line.")
        Path after;

        @Option(names = "--min-count", defaultValue = "5", description = "Responses of the later period that must mention a term (default ${DEFAULT-VALUE}).")
        int minCount;

        @Option(names = "--alpha", defaultValue = "0.05", description = "False-discovery rate (default ${DEFAULT-VALUE}).")
        double alpha;

        @Option(names = "--all", description = "List rising terms that are not significant too.")
        boolean all;

        @Override
        public Integer call() {
            if (minCount < 1 || !(alpha > 0 && alpha < 1)) {
                throw new UsageException("--min-count must be >= 1 and --alpha in (0, 1)");
            }
            Language given = options.language();
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Tokenizer tokenizer = new Tokenizer()) {
                VoicePipeline p = options.pipeline(tokenizer);
                Map<Language, TermCounts> a = count(p, before, given, new TreeMap<>());
                Map<Language, TermCounts> b = count(p, after, given, new TreeMap<>());
                EmergingTerms test = new EmergingTerms(minCount, alpha);
                b.forEach((l, later) -> {
                    TermCounts earlier = a.get(l);
                    if (earlier == null) {
                        return;
                    }
                    for (EmergingTerms.Emerging e : test.compare(earlier, later)) {
                        if (all || e.significant()) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("language", l.code());
                            m.put("term", later.word(e.term()));
                            m.put("stem", e.term());
                            m.put("before", e.before());
                            m.put("after", e.after());
                            m.put("share_before", io.clientela.analytics.voice.VoiceRun.round(e.shareBefore()));
                            m.put("share_after", io.clientela.analytics.voice.VoiceRun.round(e.shareAfter()));
                            m.put("lift", io.clientela.analytics.voice.VoiceRun.round(e.lift()));
                            m.put("g2", io.clientela.analytics.voice.VoiceRun.round(e.g2()));
                            m.put("p_adjusted", e.adjustedP());
                            m.put("significant", e.significant());
                            rows.add(m);
                        }
                    }
                });
            }
            PrintWriter w = spec.commandLine().getOut();
            if (parent.root.json) {
                w.println(Output.json(rows));
            } else {
                Output.table(w, rows, 40);
            }
            return 0;
        }
    }
}

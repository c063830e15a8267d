package io.clientela.app.cli;

import io.clientela.service.text.TextInput;
import io.clientela.service.text.TextStream;
import io.clientela.analytics.voice.ResponseAnalysis;
import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.VoiceRun;
import io.clientela.analytics.voice.sentiment.SentenceSentiment;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.core.UsageException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela text}: pipe-friendly text analytics, one text per line in, one JSON object per line out. */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Text analytics on lines of stdin: sentiment, terms and themes.",
        subcommands = {TextCommand.SentimentCmd.class, TextCommand.TermsCmd.class, TextTrendCommands.FrequentCmd.class,
                TextTrendCommands.EmergingCmd.class, TextTrainCommand.class})
final class TextCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The fields every line reports besides its own: language, its source and what was done to the text. */
    static Map<String, Object> common(ResponseAnalysis a, int line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("language", a.language().code());
        m.put("language_source", a.languageSource());
        if (a.mixed()) {
            m.put("languages", a.languages().stream().map(Language::code).toList());
        }
        if (a.empty()) {
            m.put("empty", true);
        }
        if (a.truncated()) {
            m.put("truncated", true);
        }
        if (a.htmlStripped()) {
            m.put("html_stripped", true);
        }
        if (a.invalidUtf8() > 0) {
            m.put("invalid_utf8", a.invalidUtf8());
        }
        m.put("line", line);
        return m;
    }

    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = {"Score the sentiment of each line of stdin. Prints one JSON object per line:",
                    "{\"score\": -1..1, \"label\": \"positive|neutral|negative\", \"language\": ...}; an empty line gets "
                    + "\"score\": null, \"label\": null, \"empty\": true."})
    static final class SentimentCmd implements Callable<Integer> {
        @Mixin
        VoiceOptions options;

        @Option(names = "--sentences", description = "Also score each sentence.")
        boolean sentences;

        @Spec
        CommandSpec spec;

        @Option(names = "--threads", paramLabel = "N", description = "Threads that score lines (default: the number of cores); output keeps input order.")
        Integer threads;

        @Override
        public Integer call() {
            Language given = options.language();
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1 || n > 256) {
                throw new UsageException("--threads must be between 1 and 256, was " + n);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Tokenizer tokenizer = new Tokenizer()) {
                VoicePipeline p = options.pipeline(tokenizer);
                TextStream.run(options.input, System.in, n, (text, line) -> render(p.sentimentOnly(text, given, sentences), line), out);
            }
            out.flush();
            return 0;
        }

        /** One output line: written by hand (the fields are fixed), or through the JSON writer when sentences are asked for. */
        private String render(ResponseAnalysis a, int line) {
            if (sentences) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("score", a.sentiment() == null ? null : VoiceRun.round(a.sentiment().score()));
                m.put("label", a.sentiment() == null ? null : a.sentiment().label().code());
                m.putAll(common(a, line));
                if (a.sentiment() != null) {
                    m.put("method", a.sentiment().method());
                }
                m.put("sentences", a.sentences().stream().map(SentimentCmd::sentence).toList());
                return Output.compactJson(m);
            }
            StringBuilder b = new StringBuilder(128);
            if (a.sentiment() == null) {
                b.append("{\"score\":null,\"label\":null");
            } else {
                b.append("{\"score\":").append(VoiceRun.round(a.sentiment().score())).append(",\"label\":\"")
                        .append(a.sentiment().label().code()).append('"');
            }
            b.append(",\"language\":\"").append(a.language().code()).append("\",\"language_source\":");
            string(b, a.languageSource());
            if (a.mixed()) {
                b.append(",\"languages\":[");
                for (int i = 0; i < a.languages().size(); i++) {
                    b.append(i == 0 ? "\"" : ",\"").append(a.languages().get(i).code()).append('"');
                }
                b.append(']');
            }
            if (a.empty()) {
                b.append(",\"empty\":true");
            }
            if (a.truncated()) {
                b.append(",\"truncated\":true");
            }
            if (a.htmlStripped()) {
                b.append(",\"html_stripped\":true");
            }
            if (a.invalidUtf8() > 0) {
                b.append(",\"invalid_utf8\":").append(a.invalidUtf8());
            }
            b.append(",\"line\":").append(line);
            if (a.sentiment() != null) {
                b.append(",\"method\":");
                string(b, a.sentiment().method());
            }
            return b.append('}').toString();
        }

        private static void string(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }

        private static Map<String, Object> sentence(SentenceSentiment s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", s.text());
            m.put("score", VoiceRun.round(s.sentiment().score()));
            m.put("label", s.sentiment().label().code());
            m.put("language", s.sentiment().language().code());
            return m;
        }
    }

    @Command(name = "terms", mixinStandardHelpOptions = true,
            description = {"Terms (without stop words, by the Lucene analyzer of the language) and taxonomy themes "
                    + "of each line of stdin. Prints one JSON object per line: {\"terms\": [the words], \"stems\": [what is counted], "
                    + "\"themes\": [...], \"language\": ...}."})
    static final class TermsCmd implements Callable<Integer> {
        @Mixin
        VoiceOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Language given = options.language();
            PrintWriter out = spec.commandLine().getOut();
            try (Tokenizer tokenizer = new Tokenizer()) {
                VoicePipeline p = options.pipeline(tokenizer);
                TextInput.lines(options.input, System.in, (text, line) -> {
                    ResponseAnalysis a = p.analyze(text, given, false);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("terms", a.words());
                    m.put("stems", a.terms());
                    m.put("themes", a.themes());
                    m.putAll(common(a, line));
                    out.println(Output.compactJson(m));
                });
            }
            out.flush();
            return 0;
        }
    }


}

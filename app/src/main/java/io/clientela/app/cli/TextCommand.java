package io.clientela.app.cli;

import io.clientela.analytics.voice.ResponseAnalysis;
import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.VoiceRun;
import io.clientela.analytics.voice.sentiment.SentenceSentiment;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
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

        @Override
        public Integer call() {
            Language given = options.language();
            PrintWriter out = spec.commandLine().getOut();
            try (Tokenizer tokenizer = new Tokenizer()) {
                VoicePipeline p = options.pipeline(tokenizer);
                TextInput.lines(options.input, System.in, (text, line) -> {
                    ResponseAnalysis a = p.analyze(text, given, sentences);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("score", a.sentiment() == null ? null : VoiceRun.round(a.sentiment().score()));
                    m.put("label", a.sentiment() == null ? null : a.sentiment().label().code());
                    m.putAll(common(a, line));
                    if (a.sentiment() != null) {
                        m.put("method", a.sentiment().method());
                    }
                    if (sentences) {
                        m.put("sentences", a.sentences().stream().map(SentimentCmd::sentence).toList());
                    }
                    out.println(Output.compactJson(m));
                });
            }
            out.flush();
            return 0;
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
            description = {"Terms (stemmed, without stop words, by the Lucene analyzer of the language) and taxonomy themes "
                    + "of each line of stdin. Prints one JSON object per line: {\"terms\": [...], \"themes\": [...], \"language\": ...}."})
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
                    m.put("terms", a.terms());
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

package io.clientela.app.cli;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.VoicePipeline;
import io.clientela.analytics.voice.sentiment.LinearModel;
import io.clientela.analytics.voice.sentiment.SentimentAnalyzer;
import io.clientela.analytics.voice.terms.Taxonomy;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.analytics.voice.text.UnsupportedLanguageException;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the {@code text} commands: language, trained models, theme taxonomy, input. */
final class VoiceOptions {
    @Option(names = "--lang", defaultValue = "auto", paramLabel = "CODE",
            description = "Language of every line: en, es, zh, hu, or auto to detect it per line (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--model", paramLabel = "FILE", description = "A sentiment model made by 'clientela text train' (repeatable, one per language).")
    List<Path> models = new ArrayList<>();

    @Option(names = "--rules-only", description = "Do not use the bundled models (the Hungarian one trained on HuSST); rules for every language without --model.")
    boolean rulesOnly;

    @Option(names = "--themes", paramLabel = "FILE", description = "Theme taxonomy file (default: the shipped retail taxonomy).")
    Path themes;

    @Option(names = "--input", paramLabel = "FILE", description = "Read lines from FILE instead of stdin ('-' = stdin).")
    Path input;

    /** The given language, or {@code null} for auto. */
    Language language() {
        if (lang.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            Language l = Language.fromCode(lang);
            if (l == Language.UNKNOWN) {
                throw new UsageException("--lang unknown is not a language; use auto to detect it");
            }
            return l;
        } catch (UnsupportedLanguageException e) {
            throw new UsageException("--lang: " + e.getMessage());
        }
    }

    VoicePipeline pipeline(Tokenizer tokenizer) {
        List<LinearModel> loaded = new ArrayList<>();
        for (Path p : models) {
            try (InputStream in = Files.newInputStream(p)) {
                loaded.add(LinearModel.read(in, p.toString()));
            } catch (IOException e) {
                throw new UsageException("cannot read the model " + p + ": " + e.getMessage());
            }
        }
        SentimentAnalyzer s;
        try {
            s = rulesOnly ? new SentimentAnalyzer(loaded) : SentimentAnalyzer.bundledWith(loaded);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--model: " + e.getMessage());
        }
        Taxonomy t;
        try {
            t = themes == null ? Taxonomy.retail(tokenizer) : Taxonomy.read(themes, tokenizer);
        } catch (AnalyticsException e) {
            throw new UsageException(e.getMessage());
        }
        return new VoicePipeline(tokenizer, s, t);
    }
}

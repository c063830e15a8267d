package io.clientela.core.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Free-text feedback in English, Spanish, Chinese and Hungarian ({@code texts.txt}) that agrees
 * with its score: praise for happy customers, a neutral remark or a contrast ("good but expensive",
 * "bueno pero caro", "质量好但是太贵", "jó, de drága") in the middle, and for unhappy ones a
 * complaint about a topic, sometimes followed by a negation ("not good", "no es bueno", "不好",
 * "nem jó") and the odd emoji.
 */
final class Texts {
    static final List<String> LANGUAGES = List.of("en", "es", "zh", "hu");
    static final List<String> TOPICS = List.of("late_delivery", "delivery", "quality", "price", "support", "billing");
    /** How each language names the complaint planted to rise in the last month. */
    static final Map<String, String> LATE_DELIVERY = Map.of("en", "late delivery", "es", "entrega tardía", "zh", "配送延迟",
            "hu", "késik a szállítás");
    private static final Map<String, List<String>> TEMPLATES = Resources.lists("texts.txt", " | ");

    /** How a score reads: the template family a response draws from. */
    enum Tone { HAPPY, MIXED, UNHAPPY }

    private Texts() {
    }

    /** The tone of a satisfaction on a 0-1 scale. */
    static Tone tone(double satisfaction) {
        return satisfaction >= 0.78 ? Tone.HAPPY : satisfaction >= 0.5 ? Tone.MIXED : Tone.UNHAPPY;
    }

    /** A comment in {@code language}; {@code topic} is what an unhappy customer complains about. */
    static String write(String language, Tone tone, String topic, SplittableRandom r) {
        return switch (tone) {
            case HAPPY -> one(language, "praise", r) + (r.nextDouble() < 0.12 ? " " + one(language, "emoji_good", r) : "");
            case MIXED -> one(language, r.nextDouble() < 0.45 ? "neutral" : "contrast", r);
            case UNHAPPY -> {
                String text = one(language, topic, r);
                if (r.nextDouble() < 0.4) {
                    String negated = one(language, "negated", r);
                    text += language.equals("zh") ? "，" + negated : ". " + negated;
                }
                yield text + (r.nextDouble() < 0.1 ? " " + one(language, "emoji_bad", r) : "");
            }
        };
    }

    /** What someone types into the search box for {@code category}. */
    static String search(String language, String category, SplittableRandom r) {
        return one(language, "search_" + category, r);
    }

    /** The templates of one kind, for tests and for readers who want to see them all. */
    static List<String> templates(String language, String kind) {
        List<String> t = TEMPLATES.get(language + "." + kind);
        if (t == null || t.isEmpty()) {
            throw new IllegalStateException("texts.txt has no " + kind + " templates for " + language);
        }
        return t;
    }

    /** Whether {@code text} mentions the late-delivery complaint, in any of the four languages. */
    static boolean mentionsLateDelivery(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return LATE_DELIVERY.values().stream().anyMatch(t::contains);
    }

    private static String one(String language, String kind, SplittableRandom r) {
        List<String> t = templates(language, kind);
        return t.get(r.nextInt(t.size()));
    }
}

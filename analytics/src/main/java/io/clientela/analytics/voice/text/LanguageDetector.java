package io.clientela.analytics.voice.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tells English, Spanish, Chinese and Hungarian apart, sentence by sentence, without a model: Han
 * characters (and no kana) mean Chinese; Latin-script sentences are scored on function words that
 * belong to one language only ({@link FunctionWords}), letters only one of them uses (ñ ¿ ¡ for
 * Spanish; ő ű ö ü for Hungarian), typical suffixes and digraphs. Sentences with no evidence, or
 * mostly in another script, are {@link Language#UNKNOWN}. Thread-safe.
 */
public final class LanguageDetector {
    private static final int EN = 0;
    private static final int ES = 1;
    private static final int HU = 2;
    private static final Language[] LATIN = {Language.EN, Language.ES, Language.HU};
    private final FunctionWords words = FunctionWords.load();

    /** The language of {@code text} (cleaned or raw). */
    public Detection detect(String text) {
        if (text == null || text.isBlank()) {
            return Detection.unknown();
        }
        Map<Language, Double> letters = new EnumMap<>(Language.class);
        double[] latinTotal = new double[3];
        double evidence = 0;
        double unassigned = 0;
        for (String sentence : Sentences.split(text)) {
            Segment s = score(sentence);
            Language l = s.language();
            if (l == Language.UNKNOWN) {
                unassigned += s.latin();
            } else {
                letters.merge(l, (double) s.letters(), Double::sum);
            }
            for (int i = 0; i < 3; i++) {
                latinTotal[i] += s.scores()[i];
            }
            evidence += s.evidence();
        }
        if (letters.isEmpty()) {
            return Detection.unknown();
        }
        int best = argmax(latinTotal);
        if (unassigned > 0 && latinTotal[best] > 0) {
            letters.merge(LATIN[best], unassigned, Double::sum);
        }
        List<Map.Entry<Language, Double>> sorted = new ArrayList<>(letters.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        double all = sorted.stream().mapToDouble(Map.Entry::getValue).sum();
        List<Language> found = new ArrayList<>();
        for (Map.Entry<Language, Double> e : sorted) {
            if (e.getValue() >= 0.15 * all || found.isEmpty()) {
                found.add(e.getKey());
            }
        }
        Language top = found.get(0);
        double share = evidence == 0 ? 1 : Math.min(1, sorted.get(0).getValue() / all);
        return new Detection(top, share, found);
    }

    private record Segment(Language language, int letters, int latin, double[] scores, double evidence) {
    }

    private Segment score(String s) {
        int han = 0;
        int kana = 0;
        int latin = 0;
        int other = 0;
        double[] sc = new double[3];
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            int c = i < s.length() ? s.codePointAt(i) : ' ';
            if (c > 0xFFFF) {
                i++;
            }
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = c < 0x250 ? Character.UnicodeScript.LATIN
                        : c >= 0x4E00 && c <= 0x9FFF ? Character.UnicodeScript.HAN : Character.UnicodeScript.of(c);
                switch (script) {
                    case HAN -> han++;
                    case HIRAGANA, KATAKANA -> kana++;
                    case LATIN -> {
                        latin++;
                        word.appendCodePoint(Character.toLowerCase(c));
                        letter(Character.toLowerCase(c), sc);
                        continue;
                    }
                    default -> other++;
                }
            } else if (c == '\'' || c == '\u2019') {
                if (word.length() > 0) {
                    word.append('\'');
                }
                continue;
            } else if (c == '¿' || c == '¡') {
                sc[ES] += 2;
            }
            if (word.length() > 0) {
                word(word.toString(), sc);
                word.setLength(0);
            }
        }
        int letters = han + kana + latin + other;
        if (letters == 0) {
            return new Segment(Language.UNKNOWN, 0, 0, sc, 0);
        }
        if (han > 0 && kana < 0.1 * (han + kana) && han + kana >= 0.3 * letters) {
            return new Segment(Language.ZH, letters, 0, new double[3], han);
        }
        if (other + kana + han > latin) {
            return new Segment(Language.UNKNOWN, letters, 0, new double[3], 0);
        }
        int best = argmax(sc);
        double total = sc[EN] + sc[ES] + sc[HU];
        Language l = sc[best] >= 1 ? LATIN[best] : Language.UNKNOWN;
        return new Segment(l, latin, latin, sc, total);
    }

    private static void letter(int c, double[] sc) {
        switch (c) {
            case 'ñ' -> sc[ES] += 2;
            case 'ő', 'ű' -> sc[HU] += 3;
            case 'ö' -> sc[HU] += 1;
            case 'ü' -> sc[HU] += 0.5;
            case 'á', 'é', 'í', 'ó', 'ú' -> {
                sc[ES] += 0.3;
                sc[HU] += 0.3;
            }
            default -> {
            }
        }
    }

    private void word(String w, double[] sc) {
        int lang = words.languageOf(w);
        if (lang >= 0) {
            sc[lang] += 1.5;
            return;
        }
        int lexical = words.lexicalLanguageOf(w);
        if (lexical >= 0) {
            sc[lexical] += 1;
            return;
        }
        if (w.length() < 4) {
            return;
        }
        if (w.endsWith("ing") || w.endsWith("ly") || w.endsWith("tion")) {
            sc[EN] += 0.6;
        } else if (w.endsWith("ción") || w.endsWith("ciones") || w.endsWith("mente") || w.endsWith("ado") || w.endsWith("ido")
                || w.endsWith("ada") || w.endsWith("ida") || w.endsWith("dad")) {
            sc[ES] += 0.6;
        } else if (w.endsWith("ság") || w.endsWith("ség") || w.endsWith("nak") || w.endsWith("nek") || w.endsWith("ban")
                || w.endsWith("ben") || w.endsWith("ból") || w.endsWith("ből") || w.endsWith("ról") || w.endsWith("ről")
                || w.endsWith("val") || w.endsWith("vel") || w.endsWith("ott") || w.endsWith("ett") || w.endsWith("tt")) {
            sc[HU] += 0.6;
        }
        if (w.contains("sz") || w.contains("gy") || w.contains("zs") || w.contains("cs") || w.contains("ny")) {
            sc[HU] += 0.4;
        }
        if (w.contains("th") || w.contains("wh") || w.contains("sh") || w.contains("w")) {
            sc[EN] += 0.4;
        }
    }

    private static int argmax(double[] v) {
        int b = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[b]) {
                b = i;
            }
        }
        return b;
    }
}

package io.clientela.core.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Given and family names typical of each market ({@code names.txt}), and how they read in an
 * e-mail address: accents dropped, Chinese names by their pinyin.
 */
final class Names {
    private static final Map<String, List<String>> LISTS = Resources.lists("names.txt", ", ");

    /** A name as written, and its ASCII form for e-mail addresses. */
    record Name(String written, String ascii) {
    }

    private Names() {
    }

    static Name given(String country, boolean female, SplittableRandom r) {
        return pick(country + (female ? " female" : " male"), r);
    }

    static Name family(String country, SplittableRandom r) {
        return pick(country + " last", r);
    }

    /** Full name in the country's order: family name first in China and Hungary. */
    static String full(String country, Name given, Name family) {
        return switch (country) {
            case "CN" -> family.written() + given.written();
            case "HU" -> family.written() + " " + given.written();
            default -> given.written() + " " + family.written();
        };
    }

    private static Name pick(String key, SplittableRandom r) {
        List<String> names = LISTS.get(key);
        if (names == null) {
            throw new IllegalStateException("names.txt has no list '" + key + "'");
        }
        String entry = names.get(r.nextInt(names.size()));
        int space = entry.indexOf(' ');
        if (space > 0 && entry.codePointAt(0) > 0x2E80) {
            return new Name(entry.substring(0, space), entry.substring(space + 1));
        }
        return new Name(entry, ascii(entry));
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}

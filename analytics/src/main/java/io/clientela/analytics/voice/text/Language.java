package io.clientela.analytics.voice.text;

import java.util.Locale;

/** The languages Clientela reads natively, and {@link #UNKNOWN} for anything else or no text at all. */
public enum Language {
    EN("en"), ES("es"), ZH("zh"), HU("hu"), UNKNOWN("unknown");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code ({@code "unknown"} for {@link #UNKNOWN}). */
    public String code() {
        return code;
    }

    /**
     * The language of a code as people write it: ISO 639-1 or 639-2 ({@code en}, {@code eng}), any
     * case, with or without a region ({@code es-MX}, {@code zh_CN}, {@code zh-Hans}).
     *
     * @throws UnsupportedLanguageException for anything else, naming the code and the supported ones
     */
    public static Language fromCode(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new UnsupportedLanguageException(String.valueOf(raw));
        }
        String c = raw.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (c) {
            case "en", "eng" -> EN;
            case "es", "spa" -> ES;
            case "zh", "zho", "chi", "cmn" -> ZH;
            case "hu", "hun" -> HU;
            case "unknown", "und" -> UNKNOWN;
            default -> throw new UnsupportedLanguageException(raw);
        };
    }

    @Override
    public String toString() {
        return code;
    }
}

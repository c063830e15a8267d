package io.clientela.analytics.voice.text;

import io.clientela.analytics.AnalyticsException;

/** A language code Clientela does not read; the message names it and the supported codes. */
public final class UnsupportedLanguageException extends AnalyticsException {
    private final String code;

    UnsupportedLanguageException(String code) {
        super("unsupported language code '" + code + "': expected en, es, zh, hu (or auto to detect)");
        this.code = code;
    }

    /** The code as it was given. */
    public String code() {
        return code;
    }
}

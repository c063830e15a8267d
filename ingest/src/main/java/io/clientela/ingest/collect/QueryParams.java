package io.clientela.ingest.collect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes named parameters (a tracker's {@code key}, a {@code token}, an {@code email}...) out of a URL's
 * query and of a fragment written like one ({@code #access_token=...}), so that a page address is
 * stored without the secrets or personal data it carried. Names match whatever their case and
 * percent-encoding; everything else of the URL is kept as it was sent.
 */
final class QueryParams {
    /** What {@code collector: strip_query_params:} defaults to. */
    static final List<String> DEFAULT = List.of("key", "api_key", "apikey", "token", "access_token", "id_token", "refresh_token", "auth",
            "password", "pwd", "secret", "email");
    private final Set<String> names;

    QueryParams(List<String> names) {
        this.names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The URL without the named parameters; itself when it has none of them (or is null). */
    String strip(String url) {
        if (url == null || names.isEmpty() || (url.indexOf('?') < 0 && url.indexOf('#') < 0)) {
            return url;
        }
        int hash = url.indexOf('#');
        String beforeHash = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        int q = beforeHash.indexOf('?');
        String base = q < 0 ? beforeHash : beforeHash.substring(0, q);
        String query = q < 0 ? null : beforeHash.substring(q + 1);
        StringBuilder out = new StringBuilder(url.length()).append(base);
        if (query != null) {
            String kept = keep(query);
            if (!kept.isEmpty()) {
                out.append('?').append(kept);
            }
        }
        if (fragment != null) {
            String kept = fragment.contains("=") ? keep(fragment) : fragment;
            if (!kept.isEmpty()) {
                out.append('#').append(kept);
            }
        }
        return out.toString();
    }

    private String keep(String query) {
        StringBuilder kept = new StringBuilder(query.length());
        for (String part : query.split("&", -1)) {
            if (part.isEmpty() || names.contains(name(part))) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('&');
            }
            kept.append(part);
        }
        return kept.toString();
    }

    private static String name(String part) {
        int eq = part.indexOf('=');
        String raw = eq < 0 ? part : part.substring(0, eq);
        try {
            raw = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a malformed escape: compare the name as it was written
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }
}

package io.clientela.app.http;

import io.clientela.core.ForbiddenException;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request was sent by one of this server's own pages, for the sign-in (login CSRF: a page
 * on another site must not sign the browser in to an account of its choosing). Browsers say where a
 * request comes from: {@code Origin} (every cross-origin POST carries it), else {@code Referer}, and
 * {@code Sec-Fetch-Site}. A request carrying none of them is not from a web page (curl, scripts) and
 * is let through. "Own" means the origin's host and port are the request's {@code Host}, or the
 * {@code X-Forwarded-Host} of a proxy in front (a page cannot set that header on a form or a simple
 * request).
 */
final class SameOrigin {
    private SameOrigin() {
    }

    /** Throws a 403 unless the request comes from this server's own pages or from no page at all. */
    static void require(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw refused("a page on another site (Sec-Fetch-Site: " + site + ")");
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!own(origin, ctx)) {
                throw refused("a page on " + origin);
            }
            return;
        }
        String referer = ctx.header("Referer");
        if (referer != null && !own(referer, ctx)) {
            throw refused("a page on another site (Referer: " + originOf(referer) + ")");
        }
    }

    /** Whether the request came over HTTPS, to this server or to a proxy in front that says so. */
    static boolean https(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        if (proto != null) {
            return proto.split(",")[0].strip().equalsIgnoreCase("https");
        }
        String forwarded = ctx.header("Forwarded");
        if (forwarded != null) {
            return forwarded.split(",")[0].toLowerCase(Locale.ROOT).replace(" ", "").matches(".*(^|;)proto=\"?https\"?(;.*|$)");
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    private static ForbiddenException refused(String from) {
        return new ForbiddenException("a sign-in sent by " + from + " is refused: sign in on this server's own page");
    }

    private static boolean own(String url, Context ctx) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || !scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        return sameAuthority(host, port, ctx.header("Host")) || sameAuthority(host, port, first(ctx.header("X-Forwarded-Host")));
    }

    /** Whether {@code authority} (a Host header: host, optional port) names {@code host} and {@code port}; no port is the default of either scheme. */
    private static boolean sameAuthority(String host, int port, String authority) {
        if (authority == null || authority.isBlank()) {
            return false;
        }
        String a = authority.strip().toLowerCase(Locale.ROOT);
        int colon = a.lastIndexOf(':');
        if (colon > a.lastIndexOf(']')) {
            return a.substring(0, colon).equals(host) && a.substring(colon + 1).equals(String.valueOf(port));
        }
        return a.equals(host) && (port == 80 || port == 443);
    }

    private static String first(String header) {
        return header == null ? null : header.split(",")[0];
    }

    private static String originOf(String url) {
        try {
            URI u = new URI(url);
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (URISyntaxException e) {
            return "an address that cannot be read";
        }
    }
}

package io.clientela.core.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One visit to the web shop or the app, written as analytics events: every event carries the
 * cookie's anonymous id; signed-in visits also the shop's customer id and e-mail. The first event
 * names the referrer.
 */
final class Session {
    private final Out out;
    private final String id;
    private final Customer customer;
    private final boolean signedIn;
    private final String anonymousId;
    private final String channel;
    private String referrer;
    private int n;

    Session(Out out, String id, Customer customer, boolean signedIn, String anonymousId, String channel, String referrer) {
        this.out = out;
        this.id = id;
        this.customer = customer;
        this.signedIn = signedIn;
        this.anonymousId = anonymousId;
        this.channel = channel;
        this.referrer = referrer;
    }

    /** An event without a product: page_view, search, login, checkout, order. */
    Json event(String type, long at, String path) {
        Json j = out.object().str("event_id", id + "-" + (++n)).str("type", type).timestamp("timestamp", at);
        if (signedIn) {
            j.str("user_id", customer.id).str("user_email", customer.email);
        }
        j.str("anonymous_id", anonymousId).str("session_id", id).str("channel", channel);
        j.object("page").str("url", url(path)).str("referrer", referrer).close();
        referrer = null;
        return j;
    }

    /** An event about a product: product_view, add_to_cart, remove_from_cart. */
    void product(String type, long at, Catalog.Product p, double price) {
        Json j = event(type, at, "/p/" + p.sku()).str("product_id", p.sku());
        j.object("properties").str("product_id", p.sku()).str("category", p.category()).money("price", price)
                .str("currency", customer.country.currency());
        if (!type.equals("product_view")) {
            j.num("quantity", 1);
        }
        j.close();
        out.end();
    }

    void search(long at, String query, int results) {
        event("search", at, "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).object("properties").str("query", query)
                .num("results", results).close();
        out.end();
    }

    void simple(String type, long at, String path) {
        event(type, at, path);
        out.end();
    }

    private String url(String path) {
        return channel.equals("app") ? "app://casanova" + path
                : "https://www.casanova.example/" + customer.country.code().toLowerCase(java.util.Locale.ROOT) + path;
    }

    boolean signedIn() {
        return signedIn;
    }
}

package io.clientela.core.demo;

import java.time.LocalDateTime;

/** Web and app events of one session, as JSON lines. */
final class Events {
    private final Out out;
    private final String customerId;
    private final String anonymousId;
    private final String session;
    private final String channel;
    private int n;

    Events(Out out, String customerId, String anonymousId, String session, String channel) {
        this.out = out;
        this.customerId = customerId;
        this.anonymousId = anonymousId;
        this.session = session;
        this.channel = channel;
    }

    void add(String type, LocalDateTime at, Catalog.Product product, String url) {
        StringBuilder b = new StringBuilder(200);
        b.append("{\"id\":\"").append(session).append('-').append(++n).append("\",\"type\":\"").append(type).append("\",\"ts\":\"")
                .append(CustomerWriter.TS.format(at)).append('"');
        if (customerId != null) {
            b.append(",\"user\":\"").append(customerId).append('"');
        }
        if (anonymousId != null) {
            b.append(",\"anon\":\"").append(anonymousId).append('"');
        }
        b.append(",\"session\":\"").append(session).append("\",\"channel\":\"").append(channel).append("\",\"url\":").append(Out.json(url));
        if (product != null) {
            b.append(",\"product\":\"").append(product.id()).append("\",\"props\":{\"category\":\"").append(product.category())
                    .append("\",\"price_usd\":").append(product.priceUsd()).append('}');
        }
        out.line(b.append('}').toString());
    }
}

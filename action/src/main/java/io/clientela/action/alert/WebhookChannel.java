package io.clientela.action.alert;

import io.clientela.store.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts an alert as Slack-compatible JSON ({@code text} plus a {@code blocks} section, as Slack's
 * incoming webhooks take it) and fails on any answer other than 2xx. Every text in it is Slack
 * mrkdwn, so what customers wrote (a title or recommendation made from their feedback, their name)
 * is escaped as Slack asks ({@code &}, {@code <}, {@code >} as {@code &amp;}, {@code &lt;},
 * {@code &gt;}): {@code <!channel>}, {@code <@U123>} and {@code <https://evil|click>} arrive as
 * text, not as a mention or a link. The JSON writer escapes the rest.
 */
final class WebhookChannel implements Channel {
    private final HttpClient http;
    private final Duration timeout;

    WebhookChannel(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    static String payload(Alert alert) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", slack(alert.text()));
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("type", "mrkdwn");
        text.put("text", "*[" + slack(alert.priority()) + "] " + slack(alert.title()) + "*"
                + (alert.recommendation() == null ? "" : "\nRecommended: " + slack(alert.recommendation())));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("type", "section");
        section.put("text", text);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("type", "context");
        context.put("elements", List.of(Map.of("type", "mrkdwn", "text", slack("customer " + (alert.customerId() == null
                ? alert.subject() : alert.customerId()) + " · rule " + alert.ruleId() + " · alert " + alert.alertId() + " · routed to " + alert.routedTo()))));
        body.put("blocks", List.of(section, context));
        return Json.MAPPER.writeValueAsString(body);
    }

    /** Text as Slack mrkdwn shows it literally: its three control characters escaped, {@code &} first. */
    static String slack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void send(Alert alert, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload(alert))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String b = response.body() == null ? "" : response.body().strip();
            throw new IOException("HTTP " + response.statusCode() + (b.isEmpty() ? "" : ": " + (b.length() > 200 ? b.substring(0, 200) : b)));
        }
    }
}

package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page addresses are stored without the tracker key, tokens or e-mail addresses they carried, whoever sent them. */
class PageAddressesTest {
    @TempDir
    Path tmp;

    private static String event(String id, String url, String referrer) {
        return "{\"event_id\":\"" + id + "\",\"type\":\"page_view\",\"occurred_at\":\"2026-10-31T10:00:00Z\",\"url\":\"" + url + "\""
                + (referrer == null ? "" : ",\"referrer\":\"" + referrer + "\"") + "}";
    }

    @Test
    void the_key_tokens_and_e_mails_are_taken_out_of_url_and_referrer_and_the_rest_is_kept() {
        try (TestServer server = new TestServer(tmp.resolve("ws"))) {
            assertThat(server.post("/api/v1/events", server.writeKey, "[" + event("u1", "https://shop.example/p/1?key=clk_abc_def&q=grinder&Token=t1"
                    + "#access_token=zzz&state=1", "https://mail.example/open?EMAIL=ana%40example.com&utm_source=news") + ","
                    + event("u2", "https://shop.example/cart?%6Bey=clk_x", null) + "," + event("u3", "https://shop.example/?page=2#top", null) + "]")
                    .statusCode()).isEqualTo(202);

            assertThat(server.query("SELECT event_id, url, referrer FROM events ORDER BY event_id")).extracting(e -> e.get("url") + " " + e.get("referrer"))
                    .containsExactly("https://shop.example/p/1?q=grinder#state=1 https://mail.example/open?utm_source=news",
                            "https://shop.example/cart null", "https://shop.example/?page=2#top null");
        }
    }

    @Test
    void the_workspace_names_its_own_parameters_and_the_key_is_taken_out_all_the_same() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        Files.writeString(ws.resolve("clientela.yaml"), "collector:\n  strip_query_params: [sid]\n");
        try (TestServer server = new TestServer(ws)) {
            assertThat(server.post("/api/v1/events", server.writeKey, event("s1", "https://shop.example/?sid=42&token=kept&key=clk_1", null))
                    .statusCode()).isEqualTo(202);

            assertThat(server.query("SELECT url FROM events")).extracting(e -> e.get("url")).containsExactly("https://shop.example/?token=kept");
        }
    }
}

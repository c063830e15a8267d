package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.service.messages.ServerMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's error messages in the language the dashboard asks for, English for everyone else. */
class ServerMessagesTest {
    @TempDir
    Path tmp;

    private static Map<String, String> catalogue(String lang) throws IOException {
        try (InputStream in = ServerMessages.class.getResourceAsStream(lang + ".tsv")) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    out.put(c[0], c[1]);
                }
            }
            return out;
        }
    }

    private static TreeSet<String> places(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void the_three_catalogues_translate_the_same_messages_and_keep_every_varying_part() throws IOException {
        Map<String, String> es = catalogue("es");
        assertThat(es).hasSizeGreaterThan(30);
        for (String lang : ServerMessages.LANGUAGES) {
            Map<String, String> c = catalogue(lang);
            assertThat(c.keySet()).as(lang).isEqualTo(es.keySet());
            c.forEach((english, translated) -> {
                assertThat(places(translated)).as(lang + ": " + english).isEqualTo(places(english));
                assertThat(translated).as(lang + ": " + english).isNotEqualTo(english);
            });
        }
    }

    @Test
    void a_message_is_translated_with_its_values_and_an_unknown_one_stays_english() {
        assertThat(ServerMessages.translate("es", "parameter 'from': expected a date YYYY-MM-DD, got '2026-13-01'"))
                .isEqualTo("parámetro 'from': se esperaba una fecha AAAA-MM-DD, se recibió '2026-13-01'");
        assertThat(ServerMessages.translate("hu", "too many failed logins; try again in 42 s")).isEqualTo("túl sok sikertelen belépés; próbálja újra 42 másodperc múlva");
        assertThat(ServerMessages.translate("zh", "a message nobody has translated yet")).isEqualTo("a message nobody has translated yet");
        assertThat(ServerMessages.language("hu-HU,hu;q=0.9,en;q=0.8")).isEqualTo("hu");
        assertThat(ServerMessages.language("de-DE,de;q=0.9,es;q=0.5")).isEqualTo("es");
        assertThat(ServerMessages.language("en-GB,hu;q=0.5")).isEqualTo("en");
        assertThat(ServerMessages.language(null)).isEqualTo("en");
    }

    @Test
    void a_failed_sign_in_answers_in_the_dashboard_s_language_and_in_english_without_one() throws Exception {
        try (WebFixture server = WebFixture.start(tmp.resolve("ws"))) {
            JsonNode hu = login(server, "hu");
            assertThat(hu.get("detail").asText()).isEqualTo("hibás felhasználónév vagy jelszó");
            assertThat(hu.get("title").asText()).isEqualTo("Nincs bejelentkezve");
            assertThat(hu.get("detail_en").asText()).isEqualTo("wrong user name or password");
            assertThat(login(server, "zh").get("detail").asText()).isEqualTo("用户名或密码错误");
            JsonNode none = login(server, null);
            assertThat(none.get("detail").asText()).isEqualTo("wrong user name or password");
            assertThat(none.has("detail_en")).isFalse();
        }
    }

    private static JsonNode login(WebFixture server, String lang) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("/auth/login"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst\",\"password\":\"not the password\"}"));
        if (lang != null) {
            b.header("Accept-Language", lang);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        return Http.json(r);
    }
}

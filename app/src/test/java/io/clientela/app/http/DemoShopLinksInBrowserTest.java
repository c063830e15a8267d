package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.app.App;
import io.clientela.app.Serving;
import io.clientela.ingest.collect.CollectedItems;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Users;
import io.clientela.store.Db;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo shop over the demo company in a real headless Chromium, with a write key of the shop's
 * source as {@code clientela demo} makes it: signing in as S0000001 links the visit to that existing
 * customer (no new nameless one), the page addresses are stored and shown in the customer's timeline
 * without the key, and the tracker never sends it.
 */
class DemoShopLinksInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void signing_in_as_a_demo_customer_links_to_that_customer_and_no_address_carries_the_key() throws Exception {
        Path ws = WebFixture.demoWorkspace(tmp.resolve("ws"));
        ChromeDriver browser = Browser.start();
        try (App app = App.open(ws, "test", Clock.systemUTC())) {
            long customers = Db.queryLong(app.workspace().connection(), "SELECT count(*) FROM customers");
            long ana = Db.queryLong(app.workspace().connection(), "SELECT customer_id FROM customer_records WHERE source = 'shop' AND external_id = 'S0000001'");
            new Users(app.handle(), Clock.systemUTC(), new PasswordHasher(1_000)).passwd("admin", WebFixture.PASSWORD.toCharArray());
            String key = app.apiKeys().create(Role.WRITER, "shop", "demo tracker").secret();
            String readKey = app.apiKeys().create(Role.VIEWER, "shop", "stats").secret();
            try (Serving s = app.serve(new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY, ServerSettings.DEFAULT_MAX_ITEMS),
                    CollectedItems.NONE, 50_000, 5_000, true)) {
                browser.get(s.url() + "/demo/shop?key=" + key + "&utm_source=mail");
                browser.findElement(By.cssSelector("[data-id='P-1001'] .view")).click();
                // the page takes the key out of its address; the tracker leaves it out of what it sends even when it is there
                assertThat(browser.getCurrentUrl()).doesNotContain(key).contains("utm_source=mail");
                Object sent = browser.executeScript("history.replaceState(null, '', location.pathname + '?key=" + key + "&token=t1&q=grinder');"
                        + "return clientela.track('search', {q: 'grinder'}).url;");
                assertThat((String) sent).doesNotContain(key).doesNotContain("token").endsWith("/demo/shop?q=grinder");
                browser.findElement(By.id("login")).click(); // the customer id field holds S0000001
                browser.executeScript("return clientela.flush();");

                waitFor("the login", () -> count(app, s, "SELECT count(*) FROM events WHERE source = 'shop' AND type = 'login'") == 1);
                List<Map<String, Object>> mine = query(app, "SELECT type, url, customer_id FROM events WHERE source = 'shop' ORDER BY occurred_at");
                assertThat(mine).extracting(e -> (String) e.get("url")).allSatisfy(u -> assertThat(u).doesNotContain(key).doesNotContain("key="));
                assertThat(mine).filteredOn(e -> e.get("type").equals("login")).extracting(e -> ((Number) e.get("customer_id")).longValue())
                        .containsExactly(ana);
                assertThat(count(app, s, "SELECT count(*) FROM customers")).isEqualTo(customers);
                JsonNode stats = TestServer.json(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url() + "/api/v1/collector/stats"))
                        .header("X-Api-Key", readKey).build(), HttpResponse.BodyHandlers.ofString()));
                assertThat(stats.get("unlinkedIdentifies").asLong()).as(stats.toString()).isZero();

                // an admin's view of the customer: the timeline shows the shop's page addresses, without the key
                browser.get(s.url() + "/login.html");
                browser.findElement(By.id("username")).sendKeys("admin");
                browser.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
                browser.findElement(By.id("login-button")).click();
                waitFor("the sign-in", () -> browser.getCurrentUrl().contains("/index.html"));
                browser.get(s.url() + "/index.html#customer/" + ana);
                waitFor("the customer page", () -> "customer".equals(browser.findElement(By.id("main")).getAttribute("data-page"))
                        && "true".equals(browser.findElement(By.id("main")).getAttribute("data-ready")));
                String page = browser.findElement(By.id("main")).getText();
                assertThat(browser.findElements(By.id("timeline"))).as(page).hasSize(1);
                String timeline = browser.findElement(By.id("timeline")).getText();
                assertThat(timeline).contains("/demo/shop").doesNotContain(key).doesNotContain("key=");
            }
        } finally {
            browser.quit();
        }
    }

    private static List<Map<String, Object>> query(App app, String sql) {
        try (var c = app.workspace().newConnection()) {
            return Db.query(c, sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(App app, Serving s, String sql) {
        return ((Number) query(app, sql).get(0).values().iterator().next()).longValue();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}

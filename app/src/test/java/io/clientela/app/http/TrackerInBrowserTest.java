package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** The demo shop page in a real headless Chromium: the tracker batches, retries and links the visit to the customer. */
class TrackerInBrowserTest {
    @TempDir
    Path tmp;
    TestServer server;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
        server = new TestServer(tmp.resolve("ws"), java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private void waitFor(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void a_visit_to_the_demo_shop_is_stored_as_events_and_an_order_all_linked_to_the_customer_who_logged_in() throws Exception {
        browser.get(server.serving.url() + "/demo/shop?key=" + server.writeKey);
        browser.findElement(By.cssSelector("[data-id='P-1001'] .view")).click();
        browser.findElement(By.cssSelector("[data-id='P-1001'] .add")).click();
        browser.findElement(By.id("customer")).clear();
        browser.findElement(By.id("customer")).sendKeys("C42");
        browser.findElement(By.id("email")).sendKeys("ana@example.com");
        browser.findElement(By.id("login")).click();
        browser.findElement(By.cssSelector("[data-id='P-1011'] .add")).click();
        browser.findElement(By.id("checkout")).click();

        waitFor("the order and six events", () -> server.count("SELECT count(*) FROM orders") == 1 && server.count("SELECT count(*) FROM events") == 6);
        List<Map<String, Object>> events = server.query("SELECT type, customer_id, anonymous_id, session_id, product_id FROM events ORDER BY occurred_at, type");
        assertThat(events).extracting(e -> e.get("type")).containsExactlyInAnyOrder("page_view", "product_view", "add_to_cart", "login",
                "add_to_cart", "order");
        assertThat(events).extracting(e -> e.get("session_id")).containsOnly(events.get(0).get("session_id")).doesNotContainNull();
        assertThat(events).extracting(e -> e.get("anonymous_id")).containsOnly(events.get(0).get("anonymous_id")).doesNotContainNull();
        long customer = server.count("SELECT customer_id FROM events WHERE type = 'login'");
        assertThat(server.count("SELECT count(*) FROM events WHERE type IN ('login', 'order') AND customer_id = ?", customer)).isEqualTo(2);
        // the events before the login were anonymous; the login linked its anonymous id, and so them, to the customer
        assertThat(server.eventualCount(6, "SELECT count(*) FROM events WHERE customer_id = ?", customer)).isEqualTo(6);
        assertThat(server.count("SELECT count(DISTINCT customer_key) FROM events")).isEqualTo(1);
        assertThat(server.count("SELECT customer_id FROM orders")).isEqualTo(customer);
        assertThat(server.count("SELECT count(*) FROM order_lines")).isEqualTo(2);
        assertThat(server.count("SELECT count(*) FROM customers WHERE email = 'ana@example.com'")).isEqualTo(1);
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("demo-shop.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_failed_send_is_retried_with_back_off_and_stored_once() throws Exception {
        browser.get(server.serving.url() + "/demo/shop?key=" + server.writeKey);
        waitFor("the page view", () -> server.count("SELECT count(*) FROM events") == 1);
        // the next send fails (no such endpoint); the tracker keeps the batch and tries again later
        browser.executeScript("clientela.events.endpoint = '/api/v1/not-there'; clientela.track('search', {q: 'grinder'}); return clientela.flush();");
        waitFor("a retry", () -> ((Number) browser.executeScript("return clientela.stats.retries;")).intValue() >= 1);
        browser.executeScript("clientela.events.endpoint = '/api/v1/events';");

        waitFor("the search event", () -> server.count("SELECT count(*) FROM events WHERE type = 'search'") == 1);
        assertThat(server.count("SELECT count(*) FROM events")).isEqualTo(2);
        assertThat(((Number) browser.executeScript("return clientela.events.queue.length;")).intValue()).isZero();
    }
}

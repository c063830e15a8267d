package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientela.store.Db;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Customer 360 and the comment explorer in Chromium: figures as the API gives them, in words, with currencies; filters, marks, tags. */
class CustomerAndCommentsBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static ChromeDriver driver;
    static long customer;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
        var db = server.app().workspace().connection();
        // a customer of several merged records with a lifetime value and feedback
        customer = Db.queryLong(db, "SELECT r.customer_id FROM customer_records r JOIN latest_values v USING (customer_id) WHERE v.clv > 1 "
                + "AND r.customer_id IN (SELECT customer_id FROM feedback WHERE text IS NOT NULL) GROUP BY 1 HAVING count(*) >= 2 ORDER BY 1 LIMIT 1");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_360_header_shows_the_apis_figures_in_words_with_currencies_and_the_merged_records() {
        signIn("analyst");
        JsonNode d = Http.json(new Http(server).signedIn("analyst").get("/api/v1/customers/" + customer));
        JsonNode s = d.get("summary");
        open("customer/" + customer);
        String header = driver.findElement(By.id("c360-header")).getText();
        assertThat(driver.findElement(By.id("customer-number")).getText()).contains(String.valueOf(customer)).doesNotContain(",");
        assertThat(figure("abc_class")).startsWith(s.get("abc_class").asText());
        String currency = s.get("currency").asText();
        assertThat(figure("clv")).contains(currency);
        Object clv = js("return I18N.num(arguments[0], 2)", s.get("clv").asDouble());
        assertThat(figure("clv")).contains((String) clv);
        assertThat(figure("revenue")).contains(currency);
        for (JsonNode o : d.get("order_totals")) {
            assertThat(figure("orders_" + o.get("currency").asText())).contains(o.get("currency").asText());
        }
        assertThat(figure("churn_risk")).isEqualTo("not analysed yet");
        assertThat(figure("p_alive")).endsWith("%");
        assertThat(header).doesNotContainPattern("\\b(rfm_run|p_alive|clv_run|abc_class|recency_days|expected_purchases|rfm run|p alive)\\b");
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContainPattern("\\b(rfm_run|p_alive|clv_run|rfm run|p alive)\\b");
        List<WebElement> records = driver.findElements(By.cssSelector("#c360-record-table tbody tr"));
        assertThat(records).hasSize(d.get("merged").get("records").size());
        assertThat(driver.findElements(By.cssSelector("#c360-merges li"))).hasSize(d.get("merged").get("merges").size());
        String said = null;
        for (JsonNode f : d.get("feedback")) {
            if (said == null && f.hasNonNull("text")) {
                said = f.get("text").asText();
            }
        }
        assertThat(said).isNotNull();
        assertThat(driver.findElement(By.id("c360-feedback")).getText()).contains(said.strip());
        Screens.everyLanguageAndWidth(driver, "customer-360", "#customer/" + customer);
    }

    @Test
    void the_comment_explorer_filters_marks_the_term_and_tags_a_comment() {
        signIn("analyst");
        open("comments/" + "term=late&language=en");
        long total = Long.parseLong(driver.findElement(By.id("cmt-total")).getAttribute("data-total"));
        assertThat(total).isPositive();
        JsonNode api = Http.json(new Http(server).signedIn("analyst").get("/api/v1/voice/comments?term=late&language=en"));
        assertThat(total).isEqualTo(api.get("total").asLong());
        List<WebElement> marks = driver.findElements(By.cssSelector("#cmt-list .cmt-text mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText().toLowerCase()).startsWith("late");
        // tag the first comment, then filter by the tag
        WebElement first = driver.findElement(By.cssSelector("#cmt-list .cmt-item"));
        first.findElement(By.cssSelector(".cmt-tag-input")).sendKeys("follow up");
        first.findElement(By.cssSelector(".cmt-tag-add")).click();
        until(d -> !d.findElements(By.cssSelector("#cmt-list .cmt-item:first-child .cmt-tag[data-tag='follow up']")).isEmpty());
        open("comments/tag=follow+up");
        assertThat(driver.findElement(By.id("cmt-total")).getAttribute("data-total")).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("a.cmt-customer"))).hasSize(1);
        driver.findElement(By.cssSelector(".cmt-untag")).click();
        until(d -> "0".equals(d.findElement(By.id("cmt-total")).getAttribute("data-total")));
        Screens.everyLanguageAndWidth(driver, "comments", "#comments/term=late&language=en");
    }

    @Test
    void a_viewer_reads_comments_without_links_to_customers() {
        signIn("viewer");
        open("comments/nps_group=detractor");
        assertThat(driver.findElements(By.cssSelector(".cmt-item"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("a.cmt-customer"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".cmt-tag-input"))).isEmpty();
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        Screens.everyLanguageAndWidth(driver, "comments-viewer", "#comments/");
    }

    private static String figure(String key) {
        return driver.findElement(By.cssSelector("[data-figure='" + key + "']")).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void signIn(String role) {
        driver.get(server.url("/login.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('clientela.lang', 'en');");
        driver.findElement(By.id("username")).sendKeys(role);
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(d -> d.getCurrentUrl().contains("/index.html"));
        Screens.ready(driver);
    }

    private static void open(String page) {
        driver.get(server.url("/index.html#" + page));
        String name = page.split("/")[0];
        until(d -> name.equals(d.findElement(By.id("main")).getAttribute("data-page"))
                && "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        assertThat(driver.findElements(By.id("page-error"))).as(page).isEmpty();
    }

    private static void until(java.util.function.Function<WebDriver, Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.apply(driver))) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited 15 s in vain at " + driver.getCurrentUrl(), last);
    }
}

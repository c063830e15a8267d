package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.store.Db;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The customer list behind a chart in Chromium: #list/rfm_segment=... says its filter in words,
 * pages and sorts by clicks, removes a filter by its chip, saves itself as a segment; #customers
 * searches and says what to do when nothing matches; both in four languages at desktop and phone width.
 */
class ExploreBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static WebDriver driver;
    static String segment;
    static long inSegment;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
        java.sql.Connection c = server.app().workspace().connection();
        segment = Db.queryString(c, "SELECT rfm_segment FROM customer_values WHERE run_id = (SELECT max(run_id) FROM analysis_runs) "
                + "GROUP BY 1 HAVING count(*) > 60 ORDER BY count(*) DESC LIMIT 1");
        inSegment = Db.queryLong(c, "SELECT count(*) FROM customer_values WHERE run_id = (SELECT max(run_id) FROM analysis_runs) AND rfm_segment = ?",
                segment);
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

    private static String hash() {
        return "#list/rfm_segment=" + URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void the_list_behind_a_chart_pages_sorts_filters_and_saves_by_clicks() {
        signIn("analyst");
        open(hash());
        assertThat(text("list-filters")).contains("RFM segment: ");
        assertThat(attr("list-page", "data-total")).isEqualTo(Long.toString(inSegment));
        assertThat(text("list-page-of")).isEqualTo("Page 1 of " + ((inSegment + 49) / 50));
        List<WebElement> rows = driver.findElements(By.cssSelector("#list-table tbody tr"));
        assertThat(rows).hasSize((int) Math.min(50, inSegment));
        // customer numbers are not grouped like amounts; money shows its currency
        for (WebElement a : driver.findElements(By.cssSelector("#list-table a.customer-link"))) {
            assertThat(a.getText()).matches("[0-9]+");
            assertThat(a.getAttribute("href")).endsWith("#customer/" + a.getText());
        }
        String revenue = driver.findElement(By.cssSelector("#list-table tbody tr td:nth-child(11)")).getText();
        assertThat(revenue).matches(".*[^0-9.,\\s\\u00a0].*");

        // sort by CLV: first click descending, then ascending; the arrow says which
        click(By.cssSelector("#list-table th[data-col=clv]"));
        until(d -> "clv".equals(attr("list-page", "data-sort")) && "desc".equals(attr("list-page", "data-order")));
        assertThat(driver.findElement(By.cssSelector("th[data-col=clv] .arrow")).getText()).isEqualTo("▼");
        String topDesc = firstId();
        JsonIds api = new JsonIds(new Http(server).signedIn("analyst"));
        assertThat(topDesc).isEqualTo(api.first("rfm_segment=" + URLEncoder.encode(segment, StandardCharsets.UTF_8) + "&sort=clv&order=desc"));
        click(By.cssSelector("#list-table th[data-col=clv]"));
        until(d -> "asc".equals(attr("list-page", "data-order")));
        assertThat(driver.findElement(By.cssSelector("th[data-col=clv] .arrow")).getText()).isEqualTo("▲");
        assertThat(firstId()).isEqualTo(api.first("rfm_segment=" + URLEncoder.encode(segment, StandardCharsets.UTF_8) + "&sort=clv&order=asc"));

        // next page, and back
        String first = firstId();
        click(By.id("list-next"));
        until(d -> "2".equals(attr("list-page", "data-page-no")));
        assertThat(text("list-page-of")).startsWith("Page 2 of");
        assertThat(firstId()).isNotEqualTo(first);
        click(By.id("list-prev"));
        until(d -> "1".equals(attr("list-page", "data-page-no")));
        assertThat(firstId()).isEqualTo(first);

        // save as segment: a name asked for, then a link to the saved segment
        click(By.id("list-save"));
        until(d -> {
            try {
                d.switchTo().alert();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        driver.switchTo().alert().sendKeys("Clicked segment");
        driver.switchTo().alert().accept();
        until(d -> !d.findElements(By.id("list-saved-link")).isEmpty());
        assertThat(Db.queryString(server.app().workspace().connection(), "SELECT filters FROM saved_segments WHERE name = 'Clicked segment'"))
                .contains(segment);
        click(By.id("list-saved-link"));
        until(d -> d.getCurrentUrl().contains("#list/saved=") && "true".equals(attr("main", "data-ready")));
        assertThat(attr("list-page", "data-total")).isEqualTo(Long.toString(inSegment));
        assertThat(text("list-filters")).contains("Clicked segment");

        // the chip removes its filter
        open(hash() + "&abc=A");
        long both = Long.parseLong(attr("list-page", "data-total"));
        click(By.cssSelector(".chip[data-filter=abc] button"));
        until(d -> !d.getCurrentUrl().contains("abc=") && "true".equals(attr("main", "data-ready")));
        assertThat(Long.parseLong(attr("list-page", "data-total"))).isEqualTo(inSegment).isGreaterThanOrEqualTo(both);
        assertThat(driver.findElements(By.cssSelector(".chip[data-filter=abc]"))).isEmpty();

        Screens.everyLanguageAndWidth(driver, "list", hash() + "&country=DE");
    }

    @Test
    void the_customers_page_searches_and_says_what_to_do_when_nothing_matches() {
        signIn("agent");
        open("#customers");
        assertThat(text("list-filters")).isEqualTo("All customers, no filter");
        assertThat(driver.findElements(By.id("list-save"))).as("an agent may not save segments").isEmpty();
        signIn("analyst");
        open("#customers");
        long all = Db.queryLong(server.app().workspace().connection(), "SELECT count(*) FROM customers");
        assertThat(attr("list-page", "data-total")).isEqualTo(Long.toString(all));
        driver.findElement(By.id("customer-search")).sendKeys("no such customer zzqx");
        click(By.id("customer-go"));
        until(d -> !d.findElements(By.id("list-empty")).isEmpty());
        assertThat(text("list-empty")).contains("Remove a filter");
        click(By.id("list-clear"));
        until(d -> !d.findElements(By.id("list-table")).isEmpty());
        Screens.everyLanguageAndWidth(driver, "customers", "#customers");
        Screens.everyLanguageAndWidth(driver, "customers-empty", "#customers/no%20such%20customer%20zzqx");
    }

    /** The first customer id of one sorted page of the API's list. */
    private record JsonIds(Http http) {
        String first(String query) {
            return Http.json(http.get("/api/v1/customers?size=1&" + query)).get("items").get(0).get("customer_id").asText();
        }
    }

    private static String firstId() {
        return driver.findElement(By.cssSelector("#list-table tbody tr")).getAttribute("data-id");
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static String attr(String id, String name) {
        List<WebElement> e = driver.findElements(By.id(id));
        return e.isEmpty() ? null : e.get(0).getAttribute(name);
    }

    private static void click(By by) {
        driver.findElement(by).click();
    }

    private static void signIn(String role) {
        driver.get(server.url("/login.html"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.setItem('clientela.lang', 'en');");
        driver.get(server.url("/login.html"));
        driver.findElement(By.id("username")).sendKeys(role);
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(d -> d.getCurrentUrl().contains("/index.html"));
        until(d -> "true".equals(attr("main", "data-ready")));
    }

    private static void open(String hash) {
        driver.get(server.url("/index.html" + hash));
        String page = hash.substring(1).split("/")[0];
        until(d -> page.equals(attr("main", "data-page")) && "true".equals(attr("main", "data-ready")) && !d.getCurrentUrl().isEmpty());
        until(d -> !d.findElements(By.id("list-page")).isEmpty() || !d.findElements(By.id("list-empty")).isEmpty()
                || !d.findElements(By.id("page-error")).isEmpty());
        assertThat(driver.findElements(By.id("page-error"))).as(hash).isEmpty();
    }

    private static void until(Function<WebDriver, Boolean> condition) {
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
        throw new AssertionError("condition not met in 15 s at " + driver.getCurrentUrl(), last);
    }
}

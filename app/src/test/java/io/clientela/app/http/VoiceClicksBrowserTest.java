package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Voice page leads to the comments behind a term or a theme (issue #15): a click on a term (its
 * link or its bar in the chart) or a theme opens {@code #comments/term=…} or {@code #comments/theme=…}
 * with the date and segment filters in force; the driver matrix marks drivers without a clear
 * difference; and the page fits every language at desktop and phone width.
 */
class VoiceClicksBrowserTest {
    @TempDir
    static Path tmp;

    static WebFixture server;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
        driver.get(server.url("/login.html"));
        driver.findElement(By.id("username")).sendKeys("analyst");
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(d -> d.getCurrentUrl().contains("/index.html"));
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

    private static void openVoice() {
        driver.get(server.url("/index.html#voice"));
        until(d -> "voice".equals(d.findElement(By.id("main")).getAttribute("data-page"))
                && "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        Screens.ready(driver);
    }

    private static Map<String, String> commentsParams() {
        String hash = (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
        assertThat(hash).startsWith("#comments/");
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : hash.substring("#comments/".length()).split("&")) {
            String[] p = kv.split("=", 2);
            out.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void a_term_link_opens_its_comments_with_its_language_and_the_date_filter() {
        openVoice();
        ((JavascriptExecutor) driver).executeScript("const f = document.getElementById('f-from'); f.value = '2026-01-01'; "
                + "f.dispatchEvent(new Event('change'))");
        until(d -> d.findElements(By.cssSelector("a.voice-term")).stream().anyMatch(a -> a.getAttribute("href").contains("from=2026-01-01")));
        WebElement term = driver.findElements(By.cssSelector(".voice-term-links a.voice-term")).get(0);
        String word = term.getText();
        String language = term.findElement(By.xpath("..")).getAttribute("data-language");
        assertThat(word).isNotBlank();
        List<String> english = driver.findElements(By.cssSelector(".voice-term-links[data-language=en] a")).stream().map(WebElement::getText).toList();
        assertThat(english).as("words, not stems").contains("delivery").doesNotContain("deliveri", "qualiti");
        term.click();
        Map<String, String> p = commentsParams();
        assertThat(p).containsEntry("term", word).containsEntry("language", language).containsEntry("from", "2026-01-01");
        assertThat(p).doesNotContainKey("theme");
    }

    @Test
    void a_theme_in_the_table_opens_its_comments() {
        openVoice();
        WebElement theme = driver.findElement(By.cssSelector("#voice-themes a.voice-theme"));
        String name = theme.getText();
        theme.click();
        assertThat(commentsParams()).containsEntry("theme", name).doesNotContainKey("term");
    }

    @Test
    void a_click_on_a_bar_of_the_terms_chart_opens_the_comments_of_that_term() {
        openVoice();
        WebElement box = driver.findElement(By.cssSelector(".voice-terms .chart"));
        @SuppressWarnings("unchecked")
        List<Object> at = (List<Object>) ((JavascriptExecutor) driver).executeScript(
                "const c = echarts.getInstanceByDom(arguments[0]); const o = c.getOption(); const cats = o.yAxis[0].data; const i = cats.length - 1; "
                        + "const v = o.series[0].data[i]; const px = c.convertToPixel({seriesIndex: 0}, [v / 2, i]); "
                        + "const r = arguments[0].getBoundingClientRect(); return [px[0] - r.width / 2, px[1] - r.height / 2, cats[i]];", box);
        new Actions(driver).moveToElement(box, ((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click().perform();
        until(d -> ((String) ((JavascriptExecutor) d).executeScript("return location.hash")).startsWith("#comments/"));
        assertThat(commentsParams()).containsEntry("term", (String) at.get(2));
    }

    @Test
    void the_driver_table_shows_performance_intervals_and_the_page_fits_every_language_and_width() {
        openVoice();
        String drivers = driver.findElement(By.id("voice-drivers")).getText();
        assertThat(drivers).contains("Performance low (95 %)");
        assertThat(driver.findElement(By.id("main")).getText()).contains("Grey: no clear difference");
        assertThat(Screens.everyLanguageAndWidth(driver, "voice", "#voice")).hasSize(8);
    }

    private static void until(java.util.function.Function<WebDriver, Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
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
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("condition not met in 20 s", last);
    }
}

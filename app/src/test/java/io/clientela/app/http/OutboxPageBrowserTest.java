package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Outbox page in headless Debian Chromium: an analyst reads the alert e-mails a rule file with
 * {@code delivery: outbox: true} kept in the workspace (recipient, subject, time, state, body as text),
 * in the four languages at desktop and phone width; a mail whose text holds markup shows it as text.
 */
class OutboxPageBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
        OutboxTest.fire(server, 21, 2);
        OutboxTest.fire(server, 22, 1);
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
    void an_analyst_reads_the_alert_mails_in_every_language_and_on_a_phone() {
        signIn("analyst");
        driver.get(server.url("/index.html#outbox"));
        Screens.ready(driver);
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=outbox]"))).hasSize(1);
        List<WebElement> mails = driver.findElements(By.cssSelector("#outbox-mails .outbox-mail"));
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).findElement(By.cssSelector(".outbox-to")).getText()).isEqualTo("agent@casanova.example");
        assertThat(mails.get(0).findElement(By.cssSelector(".outbox-subject")).getText()).startsWith("[high] Detractor ");
        assertThat(mails.get(0).findElement(By.cssSelector(".outbox-body")).getText()).contains("Recommended: Call today");
        assertThat(mails.get(0).findElement(By.cssSelector(".outbox-status")).getText()).isEqualTo("delivered");
        assertThat(driver.findElement(By.id("outbox-count")).getText()).contains("2");
        assertThat(Screens.everyLanguageAndWidth(driver, "outbox", "#outbox")).hasSize(8);
        // in Hungarian the state of the alert is in Hungarian too
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.setItem('clientela.lang', 'hu'); location.reload();");
        Screens.ready(driver);
        assertThat(driver.findElement(By.cssSelector(".outbox-status")).getText()).isEqualTo("kézbesítve");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("localStorage.setItem('clientela.lang', 'en');");
    }

    @Test
    void an_agents_menu_does_not_offer_the_outbox() {
        signIn("agent");
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!driver.findElements(By.cssSelector("#nav a[data-page=outbox]")).isEmpty() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=outbox]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=inbox]"))).hasSize(1);
    }

    private static void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(server.url("/login.html"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(15, d -> d.getCurrentUrl().contains("/index.html"));
        Screens.ready(driver);
    }

    private static void until(int seconds, Function<WebDriver, Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.apply(driver))) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is still loading
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("waited " + seconds + " s in vain on " + driver.getCurrentUrl());
    }
}

package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.service.access.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Operating a running server from the dashboard, in headless Debian Chromium: an admin disables a
 * user (whose session stops at once), creates and revokes a key, at a phone's width too; an analyst
 * runs a value analysis and watches it finish with a new run. Skips when Chromium is absent, except under CI.
 */
class AdminPageBrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;

    static WebFixture server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
        new ActSeed(server.app()).user("bruno", Role.ANALYST);
        Files.createDirectories(SHOTS);
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

    @AfterEach
    void signOut() {
        driver.manage().window().setSize(new Dimension(1200, 1000));
        driver.manage().deleteAllCookies();
    }

    @Test
    void an_admin_disables_a_user_whose_session_stops_working_at_once() throws IOException {
        Http bruno = new Http(server).signedIn("bruno");
        assertThat(bruno.get("/auth/me").statusCode()).isEqualTo(200);
        signIn("admin");
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=admin]"))).hasSize(1);
        open("admin");
        driver.findElement(By.cssSelector("tr[data-user='bruno'] .user-toggle")).click();
        until(10, d -> d.findElement(By.cssSelector("tr[data-user='bruno'] .user-state")).getText().equals("disabled"));
        assertThat(bruno.get("/auth/me").statusCode()).isEqualTo(401);
        assertThat(bruno.get("/api/v1/overview").statusCode()).isEqualTo(401);

        // the last admin stays: the refusal is shown on the page, in words
        driver.findElement(By.cssSelector("tr[data-user='admin'] .user-toggle")).click();
        until(10, d -> d.findElement(By.id("admin-error")).getText().contains("last enabled admin"));
        shot("admin-users");
    }

    @Test
    void an_admin_creates_a_key_seeing_its_secret_once_and_revokes_it_at_a_phones_width() throws IOException {
        signIn("admin");
        driver.manage().window().setSize(new Dimension(390, 844));
        open("admin");
        driver.findElement(By.cssSelector("#new-key-role option[value=read]")).click();
        driver.findElement(By.id("new-key-label")).sendKeys("reports");
        driver.findElement(By.id("add-key-go")).click();
        until(10, d -> !d.findElements(By.id("new-key-secret")).isEmpty());
        String secret = driver.findElement(By.id("new-key-secret")).getText();
        assertThat(secret).startsWith("clk_");
        String keyId = secret.substring(4, secret.indexOf('_', 4));
        assertThat(((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        shot("admin-keys-390px");

        driver.findElement(By.cssSelector("tr[data-key='" + keyId + "'] .key-revoke")).click();
        driver.switchTo().alert().accept();
        until(10, d -> d.findElements(By.cssSelector("tr[data-key='" + keyId + "'] .key-revoke")).isEmpty()
                && !d.findElements(By.cssSelector("tr[data-key='" + keyId + "']")).isEmpty());
        assertThat(driver.findElements(By.id("new-key-secret"))).isEmpty();
        assertThat(server.app().apiKeys().list().stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElseThrow().active()).isFalse();
    }

    @Test
    void an_analyst_runs_a_value_analysis_and_sees_it_finish_with_a_new_run() throws IOException {
        long before = io.clientela.store.Db.queryLong(server.app().workspace().connection(), "SELECT coalesce(max(run_id), 0) FROM analysis_runs");
        signIn("analyst");
        assertThat(driver.findElements(By.cssSelector("#nav a[data-page=admin]"))).isEmpty();
        open("rfm");
        driver.findElement(By.id("run-value")).click();
        until(5, d -> !d.findElements(By.id("run-progress-value")).isEmpty() || !d.findElements(By.id("run-done-value")).isEmpty());
        String script = "const e = document.getElementById('run-done-value'); return e ? e.getAttribute('data-run-id') : null";
        until(90, d -> ((JavascriptExecutor) d).executeScript(script) != null);
        long runId = Long.parseLong((String) driver.executeScript(script));
        assertThat(runId).isGreaterThan(before);
        waitReady();
        assertThat(driver.findElements(By.id("page-error"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".chart"))).isNotEmpty();
        shot("analyst-run-value");
    }

    @Test
    void agents_and_viewers_see_neither_the_administration_nor_the_run_buttons() {
        for (String role : new String[] {"agent", "viewer"}) {
            signIn(role);
            assertThat(driver.findElements(By.cssSelector("#nav a[data-page=admin]"))).as(role).isEmpty();
            open("rfm");
            assertThat(driver.findElements(By.id("run-value"))).as(role).isEmpty();
            open("admin");
            assertThat(driver.findElements(By.id("denied"))).as(role).isNotEmpty();
            driver.manage().deleteAllCookies();
        }
    }

    private static void signIn(String user) {
        driver.get(server.url("/login.html"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(15, d -> d.getCurrentUrl().contains("/index.html"));
        waitReady();
    }

    private static void open(String page) {
        driver.get(server.url("/index.html#" + page));
        until(15, d -> page.equals(d.findElement(By.id("main")).getAttribute("data-page"))
                && "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
    }

    private static void waitReady() {
        until(15, d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
    }

    private static void until(int seconds, Function<WebDriver, Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
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
        throw new AssertionError("condition not met within " + seconds + " s" + (last == null ? "" : ": " + last.getMessage()));
    }

    private static void shot(String name) throws IOException {
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

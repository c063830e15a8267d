package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A shared link opened while signed out leads, after the sign-in, to the very view it named; never to another site. */
class SharedLinkSignInBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        server = WebFixture.start(tmp.resolve("ws"));
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

    private static void signIn() {
        long end = System.nanoTime() + 15_000_000_000L;
        while (!driver.getCurrentUrl().contains("/login.html") && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        driver.findElement(By.id("username")).sendKeys("analyst");
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        while (!driver.getCurrentUrl().contains("/index.html") && System.nanoTime() < end + 15_000_000_000L) {
            Thread.onSpinWait();
        }
        Screens.ready(driver);
    }

    @Test
    void a_shared_view_survives_the_sign_in_and_a_foreign_next_is_ignored() {
        driver.manage().deleteAllCookies();
        driver.get(server.url("/index.html?period=last90&compare=year#rfm"));
        signIn();
        assertThat(driver.getCurrentUrl()).contains("period=last90").contains("compare=year").endsWith("#rfm");
        assertThat(driver.findElement(By.id("main")).getAttribute("data-page")).isEqualTo("rfm");

        driver.manage().deleteAllCookies();
        driver.get(server.url("/login.html?next=" + java.net.URLEncoder.encode("//evil.example.com/index.html", java.nio.charset.StandardCharsets.UTF_8)));
        signIn();
        assertThat(driver.getCurrentUrl()).startsWith(server.url("/index.html")).endsWith("#overview");
    }
}

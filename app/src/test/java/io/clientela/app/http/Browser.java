package io.clientela.app.http;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, with the binary and driver given explicitly so that
 * nothing is downloaded. Skips (with the reason) when they are absent, except in CI, where
 * {@code .ci/setup-browser} installs them and their absence is a failure.
 */
final class Browser {
    private Browser() {
    }

    static ChromeDriver start() {
        Path chrome = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(chrome) && Files.isExecutable(driver);
        if (!present && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("browser test skipped: " + chrome + " or " + driver + " is missing (run .ci/setup-browser, or apt-get install "
                    + "chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}

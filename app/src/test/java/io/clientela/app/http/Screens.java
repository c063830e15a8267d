package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A dashboard page in the four languages at desktop width and at 390 px (a phone): for each, the
 * page is reloaded in that language, waited for, saved as {@code target/screenshots/<name>-<lang>-<width>.png},
 * and checked: it must not be wider than the window (nothing spills sideways; tables scroll inside
 * their box) and must show no untranslated key (a text such as {@code col.revenue} or {@code nav.rfm}).
 */
final class Screens {
    static final List<String> LANGUAGES = List.of("en", "es", "zh", "hu");
    static final List<Integer> WIDTHS = List.of(1280, 390);
    static final Path DIR = Path.of("target", "screenshots");

    private Screens() {
    }

    /** Shoots and checks the page at {@code hash} (such as {@code #rfm}) of a signed-in {@code driver}; returns the files. */
    static List<Path> everyLanguageAndWidth(WebDriver driver, String name, String hash) {
        List<Path> out = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (String lang : LANGUAGES) {
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    js.executeScript("localStorage.setItem('clientela.lang', arguments[0]);", lang);
                    String url = driver.getCurrentUrl().replaceAll("#.*$", "") + hash;
                    driver.get(url);
                    js.executeScript("location.reload()");
                    ready(driver);
                    Path file = DIR.resolve(name + "-" + lang + "-" + width + ".png");
                    save(driver, file);
                    out.add(file);
                    long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
                    long inner = ((Number) js.executeScript("return window.innerWidth")).longValue();
                    assertThat(scroll).as("%s in %s at %d px is wider than the window", name, lang, width).isLessThanOrEqualTo(inner + 1);
                    String text = driver.findElement(By.tagName("body")).getText();
                    assertThat(text).as("%s in %s shows an untranslated key", name, lang)
                            .doesNotContainPattern("(?m)(^|\\s)(nav|col|kpi|f|c|rfm|abc|clv|voice|segments|customers|case|inbox|admin|x|t|list|cmt|outbox)\\.[a-z_]+($|\\s)");
                }
            }
        } finally {
            driver.manage().window().setSize(before);
        }
        return out;
    }

    /** Waits until the page has rendered ({@code main[data-ready]}) and its charts have drawn. */
    static void ready(WebDriver driver) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Object r = ((JavascriptExecutor) driver).executeScript("const m = document.getElementById('main'); if (!m || m.getAttribute('data-ready') !== 'true') "
                    + "return false; return [...document.querySelectorAll('.chart')].every(c => c.getAttribute('data-rendered') === 'true');");
            if (Boolean.TRUE.equals(r)) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("the page " + driver.getCurrentUrl() + " did not finish rendering in 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static void save(WebDriver driver, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every text key of the dashboard exists in all four languages: the dictionaries as the signed-in
 * page holds them (i18n.js and every page's i18n-*.js), and every key the pages' sources name
 * literally ({@code t('...')}, {@code i18n: '...'}, {@code data-i18n="..."}, {@code kpi('...')}). A
 * Chinese text identical to its English one is a text nobody translated.
 */
class TranslationsTest {
    static final Path STATIC = Path.of("src", "main", "resources", "io", "clientela", "app", "http", "static");
    static final List<Pattern> USES = List.of(Pattern.compile("\\bt\\('([A-Za-z0-9_.-]+)'\\)"), Pattern.compile("i18n: '([A-Za-z0-9_.-]+)'"),
            Pattern.compile("data-i18n=\"([A-Za-z0-9_.-]+)\""), Pattern.compile("\\bkpi\\('([A-Za-z0-9_.-]+)'"));

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

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> dictionaries() {
        driver.get(server.url("/login.html"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        long end = System.nanoTime() + 15_000_000_000L;
        while (!driver.getCurrentUrl().contains("/index.html") && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        Screens.ready(driver);
        return (Map<String, Map<String, String>>) ((JavascriptExecutor) driver).executeScript(
                "const out = {}; ['en', 'es', 'zh', 'hu'].forEach(l => { localStorage.setItem('clientela.lang', l); out[l] = {}; "
                        + "I18N.keys()[l].forEach(k => { out[l][k] = I18N.t(k); }); }); localStorage.setItem('clientela.lang', 'en'); return out;");
    }

    @Test
    void every_key_of_every_language_exists_in_the_other_three_and_chinese_is_not_english() {
        Map<String, Map<String, String>> d = dictionaries();
        Set<String> all = new TreeSet<>();
        d.values().forEach(m -> all.addAll(m.keySet()));
        for (String lang : List.of("en", "es", "zh", "hu")) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(d.get(lang).keySet());
            assertThat(missing).as("keys missing in %s", lang).isEmpty();
        }
        Set<String> untranslated = new TreeSet<>();
        d.get("en").forEach((k, en) -> {
            if (en.matches(".*[a-z]{3,}.*") && en.equals(d.get("zh").get(k))) {
                untranslated.add(k + " = " + en);
            }
        });
        assertThat(untranslated).as("Chinese texts identical to the English ones").isEmpty();
    }

    @Test
    void every_key_the_pages_name_has_a_text() throws IOException {
        Map<String, Map<String, String>> d = dictionaries();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(STATIC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList()) {
                String src = Files.readString(f);
                for (Pattern p : USES) {
                    Matcher m = p.matcher(src);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) { // 'col.' + c: a key made at run time
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys named in the pages' sources").hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(d.get("en").keySet());
        assertThat(missing).as("keys the pages name but no dictionary holds").isEmpty();
    }
}

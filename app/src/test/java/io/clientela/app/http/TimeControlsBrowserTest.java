package io.clientela.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The time controls, chart drill-downs and layout in headless Chromium: period presets, the filters
 * kept in the address across a reload, change indicators on the KPI cards, clicks on charts and
 * rows leading to their customers' list, the loading bar, the folding menu at 390 px, and the
 * value pages in every language at desktop and phone width.
 */
class TimeControlsBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture server;
    static WebDriver driver;
    static Http analyst;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(DashboardBrowserTest.CHROMIUM) && Files.isExecutable(DashboardBrowserTest.DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but chromium or chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "browser tests skipped: install chromium and chromium-driver");
        server = WebFixture.start(tmp.resolve("ws"));
        analyst = new Http(server).signedIn("analyst");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DashboardBrowserTest.DRIVER.toString()))
                .usingAnyFreePort().build(), options);
        driver.get(server.url("/login.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('clientela.lang', 'en')");
        driver.findElement(By.id("username")).sendKeys("analyst");
        driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
        driver.findElement(By.id("login-button")).click();
        until(d -> d.getCurrentUrl().contains("/index.html"));
        ready();
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

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void until(Function<WebDriver, Boolean> condition) {
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
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited in vain at " + driver.getCurrentUrl(), last);
    }

    private static void ready() {
        Screens.ready(driver);
    }

    private static void open(String address) {
        driver.get(server.url(address));
        until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        ready();
    }

    /** Chooses {@code value} in the select {@code id} as a user would: the value, then a change event. */
    private static void choose(String id, String value) {
        js("const s = document.getElementById(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change'));", id, value);
    }

    private static String search() {
        return (String) js("return location.search");
    }

    @Test
    void a_preset_sets_the_dates_and_the_address_and_survives_a_reload() {
        open("/index.html#overview");
        choose("f-period", "last90");
        until(d -> search().contains("period=last90"));
        ready();
        LocalDate today = LocalDate.parse((String) js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' "
                + "+ String(d.getDate()).padStart(2, '0');"));
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo(today.minusDays(89).toString());
        assertThat(driver.findElement(By.id("f-to")).getAttribute("value")).isEqualTo(today.toString());

        choose("f-country", "MX");
        choose("f-compare", "year");
        until(d -> search().contains("compare=year") && search().contains("country=MX"));
        js("location.reload()");
        until(d -> "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.id("f-period")).getAttribute("value")).isEqualTo("last90");
        assertThat(driver.findElement(By.id("f-country")).getAttribute("value")).isEqualTo("MX");
        assertThat(driver.findElement(By.id("f-compare")).getAttribute("value")).isEqualTo("year");
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo(today.minusDays(89).toString());
        assertThat(search()).contains("period=last90");

        choose("f-period", "lastquarter");
        until(d -> search().contains("period=lastquarter"));
        LocalDate q = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).isEqualTo(q.minusMonths(3).toString());
        assertThat(driver.findElement(By.id("f-to")).getAttribute("value")).isEqualTo(q.minusDays(1).toString());
        driver.findElement(By.id("f-reset")).click();
        until(d -> search().isEmpty());
    }

    @Test
    void the_kpi_cards_show_the_change_against_the_comparison_period_as_the_api_counts_it() {
        String period = "from=2026-04-01&to=2026-06-30";
        open("/index.html?period=custom&" + period + "&compare=previous#overview");
        JsonNode d = Http.json(analyst.get("/api/v1/overview?" + period + "&compare=previous"));
        List<WebElement> changes = driver.findElements(By.cssSelector(".kpi .change"));
        assertThat(changes).hasSize(4);
        WebElement revenue = driver.findElement(By.cssSelector(".kpi[data-kpi='kpi.revenue'] .change"));
        double now = d.get("revenue").asDouble();
        double then = d.get("comparison").get("revenue").asDouble();
        String dir = now > then ? "up" : now < then ? "down" : "flat";
        assertThat(revenue.getAttribute("data-dir")).isEqualTo(dir);
        assertThat(revenue.getText()).startsWith(dir.equals("up") ? "▲" : dir.equals("down") ? "▼" : "=")
                .contains(String.format(java.util.Locale.US, "%.1f", Math.abs(now - then) / then * 100).replaceAll("\\.0$", ""));
        assertThat(revenue.getAttribute("title")).startsWith(dir.equals("up") ? "Up" : dir.equals("down") ? "Down" : "Unchanged").contains("2026");
        assertThat(revenue.getCssValue("color")).isEqualTo(dir.equals("up") ? "rgba(26, 127, 55, 1)" : dir.equals("down") ? "rgba(176, 0, 32, 1)" : "rgba(82, 96, 109, 1)");
        assertThat(driver.findElement(By.id("overview-period")).getText()).contains("2026");
    }

    @Test
    void the_monthly_chart_marks_the_running_month_partial() {
        open("/index.html#overview");
        WebElement note = driver.findElement(By.id("partial-note"));
        String month = LocalDate.now().toString().substring(0, 7);
        if (LocalDate.now().getDayOfMonth() != LocalDate.now().lengthOfMonth()) {
            assertThat(note.getAttribute("data-months")).isEqualTo(month);
        }
        assertThat(((Number) js("return document.querySelector('.chart').chart.getOption().xAxis[0].data.length")).intValue()).isEqualTo(13);
    }

    /** Clicks the chart of the page at the data point {@code value} of series {@code series}. */
    private static void clickChart(int chart, int series, Object value) {
        WebElement box = driver.findElements(By.cssSelector(".chart")).get(chart);
        // wholly in view, so that the pointer's origin (the middle of the element's visible part) is its middle
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js("return arguments[0].chart.convertToPixel({seriesIndex: arguments[1]}, arguments[2])", box, series, value);
        Dimension size = box.getSize();
        new Actions(driver).moveToElement(box, xy.get(0).intValue() - size.getWidth() / 2, xy.get(1).intValue() - size.getHeight() / 2).click().perform();
    }

    private static String hash() {
        until(d -> ((String) js("return location.hash")).startsWith("#list/"));
        return java.net.URLDecoder.decode((String) js("return location.hash"), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void chart_and_row_clicks_open_the_customers_behind_them_with_the_global_filters() {
        open("/index.html?country=MX#rfm");
        @SuppressWarnings("unchecked")
        List<Object> cell = (List<Object>) js("const d = document.querySelector('.chart').chart.getOption().series[0].data; return d[d.length - 1];");
        clickChart(0, 0, List.of(cell.get(0), cell.get(1)));
        assertThat(hash()).startsWith("#list/").contains("country=MX").contains("r=" + cell.get(1)).contains("f=" + cell.get(0));

        open("/index.html?country=MX#rfm");
        driver.findElement(By.cssSelector("tr.drill [data-segment='champions']")).click();
        assertThat(hash()).contains("rfm_segment=champions").contains("country=MX");

        open("/index.html#abc");
        driver.findElements(By.cssSelector("tr.drill")).get(0).click();
        assertThat(hash()).isEqualTo("#list/abc=A");

        open("/index.html#quadrant");
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.drill"));
        WebElement atRisk = rows.stream().filter(r -> r.getText().contains("Unhappy high-value")).findFirst().orElseThrow();
        atRisk.click();
        assertThat(hash()).isEqualTo("#list/quadrant=at-risk");

        open("/index.html#cohorts");
        clickChart(0, 0, List.of(0, 0));
        String h = hash();
        assertThat(h).matches("#list/cohort=\\d{4}-\\d{2}&month=1");

        open("/index.html#clv");
        clickChart(0, 0, List.of(0, 0));
        assertThat(hash()).matches("#list/clv_min=[0-9.]+&clv_max=[0-9.]+");
    }

    @Test
    void the_churning_affiliate_cohort_stands_out() {
        open("/index.html?channel=affiliate#cohorts");
        Screens.save(driver, Screens.DIR.resolve("time-cohorts-affiliate-en-1280.png"));
        JsonNode d = Http.json(analyst.get("/api/v1/value/cohorts?channel=affiliate"));
        double planted = 0;
        int n = 0;
        double others = 0;
        int m = 0;
        for (JsonNode c : d.get("cohorts")) {
            int k = c.get("months_since").asInt();
            if (k >= 4 && k <= 9) {
                if (c.get("cohort").asText().equals("2025-04")) {
                    planted += c.get("retention").asDouble();
                    n++;
                } else {
                    others += c.get("retention").asDouble();
                    m++;
                }
            }
        }
        // the cohort's cells 4 to 9 months on are missing (nobody bought) or far below the other cohorts' cells
        assertThat(n == 0 ? 0 : planted / n).isLessThan(others / m / 2);
        String colour = (String) js("const o = document.querySelector('.chart').chart.getOption(); return o.visualMap[0].inRange.color[0]");
        assertThat(colour).isEqualTo("#d73027");
    }

    @Test
    void the_charts_say_what_they_mean() {
        open("/index.html#cohorts");
        String labels = (String) js("const o = document.querySelector('.chart').chart.getOption(); return JSON.stringify([o.series[0].label.show, o.visualMap[0].min, o.visualMap[0].max])");
        JsonNode v = Http.JSON.valueToTree(List.of());
        try {
            v = Http.JSON.readTree(labels);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(v.get(0).asBoolean()).as("percent labels on the cells").isTrue();
        assertThat(v.get(1).asDouble()).as("colours start at the lowest retention shown, not at 0").isGreaterThanOrEqualTo(0);
        assertThat(v.get(2).asDouble()).as("colours end at the highest retention shown, not at 100 %").isLessThan(1);
        open("/index.html#rfm");
        assertThat(driver.findElement(By.cssSelector("[data-segment='champions'] .swatch")).getCssValue("background-color")).isEqualTo("rgba(26, 152, 80, 1)");
        assertThat(driver.findElement(By.cssSelector("[data-segment='lost'] .swatch")).getCssValue("background-color")).isEqualTo("rgba(103, 0, 31, 1)");
        assertThat(driver.findElement(By.id("main")).getText()).contains("RFM: at risk");
        open("/index.html?country=MX&period=last90#rfm");
        assertThat(driver.findElement(By.id("not-applied")).getText()).startsWith("Not filtered by").contains("period");
        js("localStorage.setItem('clientela.lang', 'hu')");
        try {
            open("/index.html#overview");
            String axis = (String) js("return document.querySelector('.chart').chart.getOption().yAxis[0].axisLabel.formatter(18423)");
            String table = (String) js("return I18N.num(18423)");
            assertThat(axis.replaceAll("[\\s\\u00a0\\u202f]", " ")).as("the chart's money axis in Hungarian").startsWith("18 423").contains("USD");
            assertThat(table.replaceAll("[\\s\\u00a0\\u202f]", " ")).isEqualTo("18 423");
            open("/index.html#clv");
            assertThat(((String) js("return document.querySelector('.chart').chart.getOption().yAxis[0].axisLabel.formatter(18423)")).replaceAll("[\\s\\u00a0\\u202f]", " "))
                    .isEqualTo("18 423");
        } finally {
            js("localStorage.setItem('clientela.lang', 'en')");
        }
        for (String page : List.of("rfm", "abc", "quadrant", "clv", "cohorts")) {
            open("/index.html?country=ZZ#" + page);
            assertThat(driver.findElement(By.id("filter-empty")).getText()).as(page).contains("widen").doesNotContain("t.");
        }
    }

    @Test
    void every_request_shows_the_loading_bar_while_it_runs() {
        open("/index.html#overview");
        js("window.__sawLoading = false; new MutationObserver(() => { if (!document.getElementById('loading').hidden) window.__sawLoading = true; })"
                + ".observe(document.getElementById('loading'), {attributes: true});");
        js("location.hash = '#rfm'");
        until(d -> "rfm".equals(d.findElement(By.id("main")).getAttribute("data-page")) && "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
        assertThat((Boolean) js("return window.__sawLoading")).isTrue();
        until(d -> !d.findElement(By.id("loading")).isDisplayed());
    }

    @Test
    void at_390_px_the_menu_and_the_filters_fold_behind_buttons() {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/index.html#overview");
            assertThat(driver.findElement(By.id("menu-toggle")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
            driver.findElement(By.id("menu-toggle")).click();
            assertThat(driver.findElement(By.id("nav")).isDisplayed()).isTrue();
            driver.findElement(By.cssSelector("#nav a[data-page=abc]")).click();
            until(d -> "abc".equals(d.findElement(By.id("main")).getAttribute("data-page")) && "true".equals(d.findElement(By.id("main")).getAttribute("data-ready")));
            assertThat(driver.findElement(By.id("nav")).isDisplayed()).as("the menu folds after a choice").isFalse();
            driver.findElement(By.id("filters-toggle")).click();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("f-period")).isDisplayed()).isTrue();
            for (String lang : List.of("zh", "hu")) {
                js("localStorage.setItem('clientela.lang', arguments[0])", lang);
                open("/index.html#overview");
                List<?> cut = (List<?>) js("return [...document.querySelectorAll('.kpi .value')].filter(v => v.scrollWidth > v.clientWidth + 1).map(v => v.textContent)");
                assertThat(cut).as("KPI values cut in " + lang).isEmpty();
            }
        } finally {
            js("localStorage.setItem('clientela.lang', 'en')");
            driver.manage().window().setSize(before);
        }
    }

    @Test
    void the_value_pages_in_every_language_and_width() {
        for (String page : DashboardBrowserTest.ANALYTIC_PAGES) {
            open("/index.html#" + page);
            Screens.everyLanguageAndWidth(driver, "time-" + page, "#" + page);
        }
        js("localStorage.setItem('clientela.lang', 'en')");
    }
}

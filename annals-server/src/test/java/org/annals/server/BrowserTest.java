package org.annals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromedriver), over the store of the examples:
 * every view loads, a highlight shows its record, the events table filters, and an article's markup stays text.
 * Screenshots go to {@code target/screenshots/}. Skipped where no chromium is installed.
 */
class BrowserTest {

    /** Debian's browser and driver; {@code -Dannals.chromium=...} and {@code -Dannals.chromedriver=...} name others. */
    static final Path CHROMIUM = Path.of(System.getProperty("annals.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("annals.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");

    /** Held, so that its level stays set. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static AnnalsServer server;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " and " + CHROMEDRIVER + ": browser tests skipped");
        // Selenium warns that it has no DevTools bindings for this Chromium's version: the tests do not use them
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = Fixtures.server(false);
        profile = Files.createTempDirectory("annals-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            Fixtures.delete(profile);
        }
    }

    /** Opens a view and waits until it has drawn itself. */
    static void open(String hash) {
        // a new hash on the same page is no new page: mark the old view stale, then wait for the new one
        js("if (document.body) document.body.dataset.ready = 'stale'");
        browser.get(server.url() + "#" + hash);
        settle();
    }

    /** Clicks a link or button that opens another view, and waits until that view has drawn itself. */
    static void navigate(WebElement link) {
        js("document.body.dataset.ready = 'stale'");
        link.click();
        settle();
    }

    static void settle() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    static void shot(String name) throws IOException {
        Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static String erdoganCall() {
        return Fixtures.document(read("02-erdogan-scholz-phone-call.txt"), "").id();
    }

    static String read(String example) {
        try {
            return Files.readString(Fixtures.examples().resolve(example));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_documents_list_links_every_article() throws IOException {
        open("/");
        List<WebElement> rows = browser.findElements(By.cssSelector("#documents tbody tr"));
        assertEquals(14, rows.size());
        shot("01-documents");
    }

    @Test
    void a_document_shows_its_highlights_and_a_click_shows_the_record() throws IOException {
        open("/document/" + erdoganCall());
        for (String kind : List.of("actor", "time", "quote", "event")) {
            assertFalse(browser.findElements(By.cssSelector("#article .hl-" + kind)).isEmpty(), kind + " highlighted");
        }
        browser.findElement(By.cssSelector("#article .hl-event")).click();
        WebElement record = browser.findElement(By.cssSelector("#record .record-item[data-kind=event]"));
        assertTrue(record.getText().contains("CAMEO"), record.getText());
        assertTrue(record.getText().contains("CONSULT") || record.getText().contains("SUPPORT"), record.getText());
        shot("02-document-event");

        browser.findElement(By.cssSelector("#article .hl-time")).click();
        WebElement time = browser.findElement(By.cssSelector("#record .record-item[data-kind=time]"));
        assertTrue(time.getText().matches("(?s).*value\\s+\\d{4}.*"), "a normalised value: " + time.getText());

        browser.findElement(By.cssSelector("#article .hl-quote")).click();
        WebElement quote = browser.findElement(By.cssSelector("#record .record-item[data-kind=quote]"));
        assertTrue(quote.getText().contains("speaker"), quote.getText());
        shot("03-document-quote");
    }

    @Test
    void the_events_table_filters_by_type_and_actor() throws IOException {
        open("/events");
        int all = browser.findElements(By.cssSelector("#events tbody tr")).size();
        assertTrue(all > 30, "rows: " + all);
        new Select(browser.findElement(By.cssSelector("#event-filters select[name=type]"))).selectByValue("CONSULT");
        browser.findElement(By.cssSelector("#event-filters input[name=actor]")).sendKeys("TURGOV");
        navigate(browser.findElement(By.cssSelector("#event-filters button[type=submit]")));
        assertTrue(browser.getCurrentUrl().contains("type=CONSULT"), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr"));
        assertTrue(!rows.isEmpty() && rows.size() < all, "filtered rows: " + rows.size());
        for (WebElement r : rows) {
            assertEquals("CONSULT", r.getAttribute("data-type"));
            assertTrue(r.getText().contains("TURGOV"), r.getText());
            assertFalse(r.findElement(By.cssSelector("td.sentence")).getText().isBlank(), "evidence sentence");
        }
        shot("04-events-filtered");
        navigate(rows.get(0).findElement(By.cssSelector("a.doc-link")));
        assertTrue(browser.getCurrentUrl().contains("#/document/"));
        assertFalse(browser.findElements(By.cssSelector("#article")).isEmpty());
    }

    @Test
    void a_story_sets_its_sources_side_by_side() throws IOException {
        open("/stories");
        browser.findElements(By.cssSelector("#stories tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals("2"))
                .findFirst().map(r -> r.findElement(By.tagName("a"))).ifPresentOrElse(BrowserTest::navigate,
                        () -> fail("no story of two documents"));
        assertEquals(2, browser.findElements(By.cssSelector("#story-documents > .card")).size());
        assertTrue(browser.findElements(By.cssSelector("#merged tbody tr")).size() >= 1, "the merged events are listed");
        assertFalse(browser.findElements(By.cssSelector("#compare .status-agree")).isEmpty());
        shot("05-story");
    }

    @Test
    void a_timeline_of_an_actor_and_of_a_dyad() throws IOException {
        open("/timeline?actor=TURGOV");
        assertFalse(browser.findElements(By.cssSelector("#timeline-chart circle.tl-dot")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#timeline-events li")).isEmpty());
        shot("06-timeline-actor");
        open("/timeline?dyad=IDNGOV,JPNGOV");
        assertFalse(browser.findElements(By.cssSelector("#timeline-events li")).isEmpty());
        shot("07-timeline-dyad");
    }

    @Test
    void the_network_colours_cooperation_and_conflict() throws IOException {
        open("/network");
        assertTrue(browser.findElements(By.cssSelector("#network-chart g.node")).size() > 3);
        assertFalse(browser.findElements(By.cssSelector("#network-chart line.edge-coop")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#network-chart line.edge-conflict")).isEmpty());
        shot("08-network");
    }

    @Test
    void quotes_are_grouped_by_speaker_with_date_and_source() throws IOException {
        open("/quotes");
        assertTrue(browser.findElements(By.cssSelector("#quotes section.speaker")).size() > 3);
        assertFalse(browser.findElements(By.cssSelector("#quotes section.speaker h2")).get(0).getText()
                .startsWith("Unattributed"), "an attributed speaker comes first");
        WebElement first = browser.findElement(By.cssSelector("#quotes li.quote"));
        assertTrue(first.getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), first.getText());
        shot("09-quotes");
    }

    @Test
    void markup_inside_an_article_stays_inert_text() throws IOException {
        open("/document/" + Fixtures.XSS_ID);
        WebElement article = browser.findElement(By.id("article"));
        assertTrue(article.getText().contains("<script>window.__annalsXss = 'quote'</script>"), article.getText());
        assertTrue(article.getText().contains("<img src=x onerror="), article.getText());
        assertTrue(article.findElements(By.tagName("img")).isEmpty(), "no image element was made");
        assertTrue(article.findElements(By.tagName("script")).isEmpty(), "no script element was made");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<script>"), "the title is text too");
        for (WebElement hl : browser.findElements(By.cssSelector("#article .hl"))) {
            hl.click();
        }
        open("/search?q=" + "Goma");
        open("/events?document=" + Fixtures.XSS_ID);
        assertNull(js("return window.__annalsXss === undefined ? null : String(window.__annalsXss)"),
                "no script of the article ran");
        open("/document/" + Fixtures.XSS_ID);
        shot("10-xss-fixture-inert");
    }
}

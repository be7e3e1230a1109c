package org.doorstep.server.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.dashboard.DashboardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (headless Chromium): a manager signs in, sees the overdue child the seeded data
 * produced, opens the timeline, agrees a not-seen-alone reason, downloads a list as CSV; a social worker is refused
 * the team pages. Skipped only when Chromium or its driver is not installed.
 *
 * <p>Screenshots of the main pages go to {@code target/screenshots}; with {@code -Ddoorstep.update-screenshots=true}
 * they also replace those in {@code docs/screenshots} (shown in the README).
 */
@MicronautTest(transactional = false)
class DashboardBrowserTest extends DashboardTest {
    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        downloads = Files.createTempDirectory("doorstep-downloads");
        browser = Chromium.start(downloads);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return server.getURL() + path;
    }

    private void signIn(String username) {
        browser.get(url("/dashboard/sign-in"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(() -> !browser.getCurrentUrl().contains("/sign-in"));
    }

    @Test
    void aManagerFindsTheOverdueChildReviewsAReasonAndDownloadsTheList() throws Exception {
        browser.get(url("/dashboard/team"));
        assertTrue(browser.getCurrentUrl().contains("/dashboard/sign-in"), "signed out: sent to sign in");
        screenshot("dashboard-sign-in");
        browser.findElement(By.id("username")).sendKeys("maria.manager");
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("password")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().endsWith("/dashboard/team"));
        assertEquals("North Children's Team", browser.findElement(By.tagName("h1")).getText());

        screenshot("team-overview");
        // Keyboard: the first Tab reaches the skip link (shown, focused, in the tablet screenshot).
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("Skip to main content", browser.switchTo().activeElement().getText());
        tabletScreenshot("team-overview-tablet");

        WebElement overdue = browser.findElement(By.cssSelector("a[aria-label='1 overdue: Child protection plan']"));
        overdue.click();
        waitFor(() -> browser.getCurrentUrl().contains("/dashboard/team/children?regime=cp&status=overdue"));
        WebElement table = browser.findElement(By.tagName("table"));
        assertTrue(table.getText().contains("Ava Example"), table.getText());
        assertTrue(table.getText().contains("Overdue"));
        screenshot("children-overdue");

        browser.findElement(By.linkText("Ava Example")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/dashboard/children/C-1001"));
        String timeline = browser.findElement(By.tagName("main")).getText();
        assertTrue(timeline.contains("amended: 2 versions"), timeline);
        assertTrue(timeline.contains("Child protection plan Overdue"), timeline);
        screenshot("child-timeline");

        browser.findElement(By.linkText("Not seen alone")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/dashboard/team/reviews"));
        WebElement cara = browser.findElements(By.cssSelector(".review-form")).stream()
                .filter(f -> f.getText().contains("Cara Placeholder")).findFirst().orElseThrow();
        cara.findElement(By.cssSelector("input[value=agreed]")).click();
        cara.findElement(By.tagName("textarea")).sendKeys("Agreed: she chose to have her carer there.");
        screenshot("reviews");
        cara.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/dashboard/team/reviews?done=1"));
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Your review was saved"));
        assertEquals("agreed", query("SELECT decision FROM visit_review WHERE child_id = 'C-1003'"));
        assertEquals("U-MARIA", query("SELECT reviewed_by FROM visit_review WHERE child_id = 'C-1003'"));

        browser.findElement(By.linkText("Return interviews")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/dashboard/team/return-interviews"));
        String countdown = browser.findElement(By.cssSelector(".countdown-text")).getText();
        waitFor(() -> !browser.findElement(By.cssSelector(".countdown-text")).getText().equals(countdown));
        assertTrue(browser.findElement(By.cssSelector(".countdown-text")).getText().matches("\\d+ h \\d{2} min \\d{2} s left"),
                "the countdown runs in the page");
        screenshot("return-interviews");

        browser.get(url("/dashboard/workers/U-SAM"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Not synced for 4 days"));
        screenshot("worker");

        browser.get(url("/dashboard/team"));
        browser.findElement(By.linkText("Download the list as CSV")).click();
        Path csv = waitForDownload("children-T-NORTH.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("C-1001,Ava Example,Sam Worker,Child protection plan,Overdue"), text);
    }

    @Test
    void aSocialWorkerIsRefusedTheTeamPages() throws Exception {
        signIn("sam.worker");
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/workers/U-SAM"), browser.getCurrentUrl());
        browser.get(url("/dashboard/team"));
        String main = browser.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("Not available to you"), main);
        assertTrue(main.contains("The team pages are for team managers"), main);
        assertTrue(browser.findElements(By.linkText("Team overview")).isEmpty(), "no team navigation for a worker");
        screenshot("refused-social-worker");
    }

    /**
     * Text a device sent is shown as text: a script or an event handler in a visit's fields (stored as sent, as
     * the record must be) never runs in a manager's browser, on the reviews list or the child's timeline.
     */
    @Test
    void scriptInARecordsTextIsShownAsTextAndNeverRuns() throws Exception {
        String attack = "<script>window.doorstepInjected = 1</script><img src=x onerror=\"window.doorstepInjected = 2\">";
        Visit visit = new Visit(UUID.randomUUID(), "C-1002", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).plusMinutes(30), true, false, "Reason " + attack, null,
                Visit.STATUTORY, Visit.OTHER_REASON, true, "Views " + attack, "Observed " + attack, null);
        Reply pushed = post("/api/sync/v1/push", pushBody(record(visit)));
        assertEquals("applied", pushed.text("/results/0/outcome"), pushed.body().toString());

        signIn("maria.manager");
        for (String page : List.of("/dashboard/team/reviews", "/dashboard/children/C-1002")) {
            browser.get(url(page));
            String main = browser.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("<script>window.doorstepInjected = 1</script>"), page + " shows the text: " + main);
            Object injected = ((JavascriptExecutor) browser).executeScript("return window.doorstepInjected;");
            assertEquals(null, injected, page + " ran a script from a record");
            assertTrue(browser.findElements(By.cssSelector("main script, main img[src='x']")).isEmpty(),
                    page + " turned a record's text into elements");
        }
    }

    private interface Condition {
        boolean met();
    }

    private void waitFor(Condition condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.met());
    }

    private Path waitForDownload(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(file), () -> "no download " + name + " in " + list(downloads));
        return file;
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    /** A full-page screenshot at laptop width. */
    private void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, Math.max(700, height + 20))));
        save(name, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The same page at a tablet's width (820 px, portrait), the narrowest the dashboard is designed for. */
    private void tabletScreenshot(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(820, 1180));
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= 820, "no sideways scrolling at tablet width, page is " + width + " px wide");
        save(name, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void save(String name, byte[] png) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), png);
        if (Boolean.getBoolean("doorstep.update-screenshots")) {
            Optional<Path> docs = Optional.of(Path.of("..", "docs", "screenshots"));
            Files.createDirectories(docs.get());
            Files.copy(target.resolve(name + ".png"), docs.get().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package io.pteroca.panel.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, started once per test run. Where it is not installed, browser tests are skipped
 * with that reason, unless {@code -Dpteroca.browser.required=true} (as in CI) turns the absence into a failure.
 */
public final class Chromium {

    private static final Path BINARY = Path.of(System.getenv().getOrDefault("PTEROCA_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("PTEROCA_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Only for what a page is certain to show (a load, a live update); a slow machine never comes near it. */
    private static final Duration SAFETY_NET = Duration.ofMinutes(1);
    private static WebDriver driver;

    private Chromium() {
    }

    public static synchronized WebDriver driver() {
        if (driver == null) {
            boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
            String reason = "Chromium or chromedriver is not installed (" + BINARY + ", " + DRIVER
                    + "); apt-get install chromium chromium-driver";
            if (!installed && Boolean.getBoolean("pteroca.browser.required")) {
                throw new AssertionError(reason + " — browser tests are required in this run");
            }
            Assumptions.assumeTrue(installed, reason);
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    private static WebDriver start() {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("pteroca-chromium"));
            // The browser's console, so tests can see what the content security policy refused.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the content security policy refused since the last call (the browser's console, drained). */
    public static java.util.List<String> cspViolations() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Waits for what the page is certain to show. */
    public static WebDriverWait waiting() {
        return new WebDriverWait(driver(), SAFETY_NET);
    }

    /** Scrolls the element to the middle of the window first, so sticky bars never cover it. */
    public static void click(By locator) {
        WebElement element = driver().findElement(locator);
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * When a test fails with the browser open, saves what it showed (image and HTML) as {@code FAILED-<test>}, so a
     * CI failure can be read without running it again.
     */
    public static final class FailureCapture implements org.junit.jupiter.api.extension.TestWatcher {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            WebDriver open;
            synchronized (Chromium.class) {
                open = driver;
            }
            if (open == null) {
                return;
            }
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name);
                Files.writeString(Path.of("target", "screenshots", name + ".html"),
                        open.getCurrentUrl() + "\n" + open.getPageSource());
            } catch (RuntimeException | IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Saves what the browser shows under target/screenshots. */
    public static void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Screenshots of the page as it is in light, in dark, and reloaded on a 390 px phone ({@code name}-01-light,
     * -02-dark, -03-phone), which must not scroll sideways; the window is wide again afterwards.
     */
    public static void screenshotsInLightDarkAndPhone(String name) {
        WebDriver browser = driver();
        screenshot(name + "-01-light");
        ((JavascriptExecutor) browser).executeScript(
                "document.documentElement.setAttribute('data-bs-theme', 'dark')");
        screenshot(name + "-02-dark");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        screenshot(name + "-03-phone");
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}

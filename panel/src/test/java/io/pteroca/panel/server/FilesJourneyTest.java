package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A Minecraft customer's first steps in the Files tab, in Chromium: open server.properties, change a line, save,
 * open it again; upload a plugin with the progress bar; download it back, byte for byte.
 */
class FilesJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private WebDriver browser;
    private WebDriverWait wait;

    @Test
    void editUploadAndDownloadLikeACustomer() throws Exception {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Survival SMP");
        String uuid = fixtures.inPterodactyl(id).uuid;
        synchronized (TestPterodactyl.emulator().state()) {
            TestPterodactyl.emulator().state().filesOf(uuid)
                    .put("/server.properties", "#Minecraft server properties\nmotd=A Minecraft Server\nmax-players=20\n");
            TestPterodactyl.emulator().state().filesOf(uuid).put("/.hidden-config", "secret=1\n");
        }
        browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(owner.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

        browser.get(base + "/servers/" + id);
        navigate(By.id("files-link"));
        assertThat(browser.findElement(By.id("files-table")).getText()).contains("server.properties").doesNotContain(".hidden-config");
        Chromium.screenshot("files-01-folder");

        navigate(By.xpath("//a[@class='file-open' and text()='server.properties']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-comment")));
        assertThat(editorText()).as("the code editor shows the file, comments coloured").contains("max-players=20");
        ((JavascriptExecutor) browser).executeScript("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + "cm.setValue(cm.getValue().replace('max-players=20', 'max-players=42'));");
        navigate(By.id("save-file"));
        assertThat(browser.findElement(By.id("flash-success")).getText()).contains("Saved.");
        Chromium.screenshot("files-02-saved");
        navigate(By.id("back-to-folder"));
        navigate(By.xpath("//a[@class='file-open' and text()='server.properties']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        assertThat(editorText()).contains("max-players=42").doesNotContain("max-players=20");
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().filesOf(uuid).get("/server.properties")).contains("max-players=42");
        }

        navigate(By.id("back-to-folder"));
        byte[] plugin = new byte[700_000];
        new java.util.Random(42).nextBytes(plugin);
        Path upload = Files.createTempDirectory("pteroca-upload").resolve("Essentials.jar");
        Files.write(upload, plugin);
        WebElement page = browser.findElement(By.tagName("body"));
        browser.findElement(By.id("upload-files")).sendKeys(upload.toString());
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "Essentials.jar"));
        assertThat(browser.findElement(By.cssSelector("#upload-progress .progress-bar")).getText()).isEqualTo("100%");
        assertThat(browser.findElement(By.id("files-table")).getText()).contains("Essentials.jar");
        Chromium.screenshot("files-03-uploaded");
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(TestPterodactyl.emulator().state().filesOf(uuid).read("/Essentials.jar")).isEqualTo(plugin);
        }

        Path downloads = Files.createTempDirectory("pteroca-downloads");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Chromium.click(By.cssSelector("tr[data-name='Essentials.jar'] a.file-download"));
        Path downloaded = downloads.resolve("Essentials.jar");
        wait.until(driver -> Files.exists(downloaded) && noPartialDownloads(downloads));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(plugin);

        browser.get(base + "/servers/" + id + "/files?hidden=true");
        assertThat(browser.findElement(By.id("files-table")).getText()).contains(".hidden-config");
        Chromium.click(By.cssSelector("tr[data-name='server.properties'] details summary"));
        Chromium.screenshot("files-04-actions");
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', 'dark');");
            browser.get(base + "/servers/" + id + "/files");
            Chromium.screenshot("files-05-phone-dark");
            browser.get(base + "/servers/" + id + "/files/edit?path=server.properties");
            Chromium.screenshot("files-06-editor-phone-dark");
        } finally {
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme');");
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String editorText() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    /** Follows a link or presses a button and waits for the next page. */
    private void navigate(By target) {
        WebElement page = browser.findElement(By.tagName("body"));
        Chromium.click(target);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private static boolean noPartialDownloads(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.noneMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.ServerLimits;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In Chromium, what an admin and customers see when Pterodactyl and the panel differ: the import page with the
 * server's own limits and a server another installation manages, a read-only subuser's backups, a tab while a
 * backup is restored, and a server deleted in Pterodactyl. Screenshots {@code states-*.png}.
 */
class ServerStatesJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    private WebDriver browser;
    private WebDriverWait wait;
    private String base;

    @Test
    void whatTheImportPageAndTheTabsSayInABrowser() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView reader = fixtures.customer("0");
        AccountView admin = context.getBean(Accounts.class).createVerified(
                "states-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test", "Ada", "Admin", ServerFixtures.PASSWORD,
                Role.ADMIN, "test");
        int foreign = fixtures.directServer(owner, "Their Survival", "pteroca-deadbeef-server-9",
                new ServerLimits(512, 0, 2048, 500, 50, null, 0, 1, 0));
        long id = fixtures.activeServer(owner, product, "States SMP");
        io.pteroca.panel.support.WebSession ownerWeb = fixtures.signedIn(owner);
        ownerWeb.get("/servers/" + id + "/backups");
        ownerWeb.post("/servers/" + id + "/backups", Map.of("name", "Before the update"));
        ServerFixtures.share(ownerWeb, id, reader, "backup.read", "database.read", "control.start");

        browser = Chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        base = "http://localhost:" + port;

        signIn(admin);
        browser.get(base + "/admin/servers/import");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("managed-elsewhere-" + foreign)));
        assertThat(browser.findElement(By.id("server-limits-" + foreign)).getText()).contains("512 MB RAM");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("import-" + foreign)));
        Chromium.screenshot("states-01-import");

        signIn(reader);
        browser.get(base + "/servers/" + id + "/backups");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("backups-table")));
        assertThat(browser.findElements(By.id("backup-form"))).isEmpty();
        Chromium.screenshot("states-02-read-only-backups");

        signIn(owner);
        Server there = fixtures.inPterodactyl(id);
        synchronized (TestPterodactyl.emulator().state()) {
            there.status = Server.RESTORING;
            there.pendingDoneAt = null;
        }
        browser.get(base + "/servers/" + id + "/backups");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error"))).getText())
                .contains("restoring a backup");
        Chromium.screenshot("states-03-restoring");
        synchronized (TestPterodactyl.emulator().state()) {
            there.status = null;
        }
        context.getBean(io.pteroca.panel.pterodactyl.PterodactylServers.class).delete((int) there.id);
        browser.get(base + "/servers/" + id);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("server-gone"))).getText())
                .contains("no longer exists in Pterodactyl");
        Chromium.screenshot("states-04-gone");
        context.getBean(ServerAdministration.class).detach(id, admin.id());
        fixtures.assertMoneyAndServersConsistent();
    }

    private void signIn(AccountView account) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }
}

package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Server;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every tab of a server in Chromium, one real action each, opened from the server page as a customer would:
 * a backup, a database, a port, a schedule, a startup variable, a rename, the console's start, the activity that
 * lists them, and sharing with a friend. Each action is checked on the page and in Pterodactyl.
 */
class ServerTabsJourneyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    private WebDriver browser;
    private WebDriverWait wait;
    private String serverPage;
    private long pterodactylId;

    @Test
    void oneActionOnEveryTabShowsOnThePageAndInPterodactyl() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product(new ProductDefinition.FeatureLimits(1, 1, 2, 1), "0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView friend = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Tabs SMP");
        pterodactylId = servers.findById(id).orElseThrow().pterodactylServerId();
        browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        wait = Chromium.waiting();
        String base = "http://localhost:" + port;
        serverPage = base + "/servers/" + id;

        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(owner.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

        openTab("backups-link");
        type(By.id("backupName"), "Before the update");
        submit(By.id("backup-create"));
        assertThat(text("backups-table")).contains("Before the update");
        List<String> backups = inPterodactyl(state -> state.backups.values().stream()
                .filter(b -> b.serverId == pterodactylId && !b.deleted).map(b -> b.name).toList());
        assertThat(backups).containsExactly("Before the update");
        Chromium.screenshot("tabs-01-backups");

        openTab("databases-link");
        type(By.id("dbName"), "stats");
        submit(By.id("database-create"));
        assertThat(text("databases-table")).contains("stats");
        List<String> databases = inPterodactyl(state -> state.databases.values().stream()
                .filter(d -> d.serverId == pterodactylId).map(d -> d.database).toList());
        assertThat(databases).hasSize(1);
        assertThat(databases.get(0)).endsWith("stats");
        Chromium.screenshot("tabs-02-databases");

        openTab("network-link");
        assertThat(browser.findElements(By.cssSelector("#network-table tbody tr"))).hasSize(1);
        submit(By.cssSelector("#network-add button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("#network-table tbody tr"))).hasSize(2);
        List<String> ports = inPterodactyl(state -> state.allocations.values().stream()
                .filter(a -> a.serverId != null && a.serverId == pterodactylId).map(a -> a.ip + ":" + a.port).toList());
        assertThat(ports).hasSize(2);
        assertThat(text("network-table")).contains(ports.get(0).replaceAll(".*:", ":"), ports.get(1).replaceAll(".*:", ":"));
        Chromium.screenshot("tabs-03-network");

        openTab("schedules-link");
        type(By.id("scheduleName"), "Weekday restart");
        type(By.id("minute"), "30");
        type(By.id("hour"), "4");
        type(By.id("dayOfWeek"), "1-5");
        wait.until(ExpectedConditions.textToBe(By.id("cron-preview"), "at 04:30 on Monday-Friday"));
        submit(By.id("schedule-create"));
        assertThat(text("schedules-table")).contains("Weekday restart").contains("30 4 * * 1-5")
                .contains("at 04:30 on Monday-Friday");
        List<String> schedules = inPterodactyl(state -> state.schedules.values().stream().filter(s -> s.serverId == pterodactylId)
                .map(s -> s.name + " " + s.minute + " " + s.hour + " " + s.dayOfMonth + " " + s.month + " " + s.dayOfWeek)
                .toList());
        assertThat(schedules).containsExactly("Weekday restart 30 4 * * 1-5");
        Chromium.screenshot("tabs-04-schedules");

        openTab("startup-link");
        assertThat(browser.findElement(By.id("value-MINECRAFT_VERSION")).getAttribute("readonly")).isNull();
        type(By.id("value-MINECRAFT_VERSION"), "1.20.4");
        submit(By.cssSelector("#variable-MINECRAFT_VERSION button[type=submit]"));
        assertThat(text("flash-success")).contains("The variable was saved");
        assertThat(browser.findElement(By.id("value-MINECRAFT_VERSION")).getAttribute("value")).isEqualTo("1.20.4");
        String version = inPterodactyl(state -> state.servers.get(pterodactylId).variables.get("MINECRAFT_VERSION"));
        assertThat(version).isEqualTo("1.20.4");
        Chromium.screenshot("tabs-05-startup");

        openTab("settings-link");
        type(By.id("serverName"), "Renamed SMP");
        submit(By.cssSelector("#rename-form button[type=submit]"));
        assertThat(text("flash-success")).contains("The server was renamed.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Renamed SMP");
        String nameThere = inPterodactyl(state -> state.servers.get(pterodactylId).name);
        assertThat(nameThere).isEqualTo("Renamed SMP");
        assertThat(servers.findById(id).orElseThrow().name()).isEqualTo("Renamed SMP");
        Chromium.screenshot("tabs-06-settings");

        openTab("console-link");
        wait.until(ExpectedConditions.textToBe(By.id("console-connection"), "Connected"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "offline"));
        Chromium.click(By.id("console-start"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eula")));
        Chromium.click(By.id("eula-accept"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "running"));
        assertThat(powerInPterodactyl()).isEqualTo("running");
        Chromium.screenshot("tabs-07-console");
        Chromium.click(By.id("console-stop"));
        wait.until(ExpectedConditions.textToBe(By.id("console-state"), "offline"));
        assertThat(powerInPterodactyl()).isEqualTo("offline");

        openTab("activity-link");
        assertThat(text("activity-table")).contains("Renamed", "Backup created", "Database created", "Port added",
                "Schedule created", "Variable changed", "EULA accepted");
        Chromium.screenshot("tabs-08-activity");

        openTab("sharing-link");
        type(By.id("subuserEmail"), friend.email());
        Chromium.click(By.id("perm-control.console"));
        submit(By.cssSelector("#subuser-form button[type=submit]"));
        assertThat(text("subusers-table")).contains(friend.email()).contains("1 permission").doesNotContain("1 permissions");
        List<List<String>> subusers = inPterodactyl(state -> state.subusers.values().stream()
                .filter(s -> s.serverId == pterodactylId).map(s -> List.copyOf(s.permissions)).toList());
        assertThat(subusers).hasSize(1);
        // Pterodactyl adds websocket.connect to every subuser itself.
        assertThat(subusers.get(0)).containsExactlyInAnyOrder("control.console", "websocket.connect");
        Chromium.screenshot("tabs-09-subusers");

        fixtures.assertMoneyAndServersConsistent();
    }

    /** From the server page, as a customer gets there, through the tab's link. */
    private void openTab(String linkId) {
        browser.get(serverPage);
        WebElement page = browser.findElement(By.tagName("body"));
        Chromium.click(By.id(linkId));
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    private void type(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    /** Submits and waits for the page the redirect leads to, which must carry a success message. */
    private void submit(By button) {
        WebElement page = browser.findElement(By.tagName("body"));
        Chromium.click(button);
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-success")));
    }

    private String text(String elementId) {
        return browser.findElement(By.id(elementId)).getText();
    }

    private static <T> T inPterodactyl(Function<EmulatorState, T> read) {
        EmulatorState state = TestPterodactyl.emulator().state();
        synchronized (state) {
            return read.apply(state);
        }
    }

    private String powerInPterodactyl() {
        Server server = inPterodactyl(state -> state.servers.get(pterodactylId));
        return TestPterodactyl.emulator().wings().powerState(server);
    }
}

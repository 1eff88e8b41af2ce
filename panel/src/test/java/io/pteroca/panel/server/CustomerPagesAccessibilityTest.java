package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every page a customer sees, in both shipped themes (the default and Midnight), checked by axe-core in Chromium in the
 * light and the dark colour mode against the WCAG 2.x A and AA rules (contrast, labels, names, structure): no violation
 * at all. And at 390 px none of them scrolls sideways. All findings are collected, so one run lists everything to fix.
 */
class CustomerPagesAccessibilityTest extends IntegrationTest {

    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules; axe's best practices are advice, not failures. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
               .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                    + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | '))))
               .catch(error => done(['axe failed: ' + error]));""";

    @Autowired
    ApplicationContext context;

    private final List<String> failures = new ArrayList<>();
    private WebDriver browser;
    private String base;

    @AfterEach
    void restore() {
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            ((JavascriptExecutor) browser).executeScript("localStorage.removeItem('pteroca-theme')");
        }
    }

    @Test
    void everyCustomerPagePassesAxeInBothThemesAndModesAndNeverScrollsSidewaysOnAPhone() {
        ServerFixtures fixtures = new ServerFixtures(context);
        settings.set(settings.definition("setup.completed").orElseThrow(), "true");
        ProductView product = fixtures.product("0", ServerFixtures.monthly("4.99"), ServerFixtures.hourly("0.0099"));
        AccountView owner = fixtures.customer("20");
        long id = fixtures.activeServer(owner, product, "Accessible SMP");
        browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        base = "http://localhost:" + port;

        List<String> visitorPages = List.of("/?lang=en", "/store", "/store/products/" + product.id(), "/login", "/register");
        List<String> customerPages = new ArrayList<>(List.of("/dashboard", "/servers", "/servers/" + id, "/wallet",
                "/wallet/top-up", "/payments", "/account", "/account/payment-methods", "/account/billing"));
        for (String tab : List.of("console", "files", "backups", "databases", "network", "schedules", "activity", "startup",
                "settings", "sharing")) {
            customerPages.add("/servers/" + id + "/" + tab);
        }
        customerPages.add("/store/products/" + product.id() + "/order");

        for (String theme : List.of("default", "midnight")) {
            settings.set(settings.definition("appearance.theme").orElseThrow(), theme.equals("default") ? "" : theme);
            browser.manage().deleteAllCookies();
            checkAll(theme, visitorPages);
            signIn(owner);
            checkAll(theme, customerPages);
        }

        assertThat(failures).as("accessibility findings").isEmpty();
        assertThat(Chromium.cspViolations()).as("refused by the content security policy").isEmpty();
    }

    private void checkAll(String theme, List<String> paths) {
        for (String mode : List.of("light", "dark")) {
            browser.get(base + "/login");
            ((JavascriptExecutor) browser).executeScript("localStorage.setItem('pteroca-theme', arguments[0]);", mode);
            for (String path : paths) {
                browser.manage().window().setSize(new Dimension(1366, 900));
                open(path, mode);
                axe().forEach(finding -> failures.add(path + " [" + theme + ", " + mode + "] " + finding));
                browser.manage().window().setSize(new Dimension(390, 844));
                open(path, mode);
                Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow.intValue() > 0) {
                    failures.add(path + " [" + theme + ", " + mode + ", 390 px] scrolls sideways by " + overflow + " px");
                }
            }
        }
    }

    private void open(String path, String mode) {
        browser.get(base + path);
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-bs-theme")).as(path).isEqualTo(mode);
    }

    private List<String> axe() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // A control that scripts enable as the page comes alive (the console's buttons once connected) fades into its
        // colours; axe must judge where it ends, not a colour halfway.
        script.executeScript(NO_TRANSITIONS);
        script.executeScript(AXE_SOURCE);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) script.executeAsyncScript(AXE_RUN);
        return violations;
    }

    private void signIn(AccountView account) {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(ServerFixtures.PASSWORD);
        Chromium.click(By.cssSelector("#login-form button[type=submit]"));
        Chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    private static final String AXE_SOURCE = read("/axe/axe.min.js");
    /** A constructed style sheet: the content security policy refuses inline styles, not the CSS object model. */
    private static final String NO_TRANSITIONS = """
            const sheet = new CSSStyleSheet();
            sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];""";

    private static String read(String resource) {
        try (InputStream in = CustomerPagesAccessibilityTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

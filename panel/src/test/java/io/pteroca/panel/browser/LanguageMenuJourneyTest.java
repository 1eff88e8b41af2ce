package io.pteroca.panel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser a visitor reads the sign-in page in German, picks Français from the menu and keeps it. */
class LanguageMenuJourneyTest extends IntegrationTest {

    @Test
    void visitorSwitchesLanguageFromTheMenuAndTheChoiceSticks() {
        WebDriver browser = Chromium.driver();
        browser.manage().deleteAllCookies();
        WebDriverWait wait = Chromium.waiting();
        String base = "http://localhost:" + port;

        browser.get(base + "/login?lang=de");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Anmelden", "Passwort vergessen?");
        Chromium.screenshot("languages-01-login-de");

        Chromium.click(By.id("language-menu"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.dropdown-item[lang='fr']")));
        Chromium.screenshot("languages-02-menu-open");
        Chromium.click(By.cssSelector("a.dropdown-item[lang='fr']"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Se connecter", "Mot de passe oublié ?");
        Chromium.screenshot("languages-03-login-fr");

        browser.get(base + "/store");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the choice sticks").isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Boutique");
        Chromium.screenshot("languages-04-store-fr");

        browser.get(base + "/store?lang=es");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tienda");
        Chromium.screenshot("languages-05-store-es");
    }
}

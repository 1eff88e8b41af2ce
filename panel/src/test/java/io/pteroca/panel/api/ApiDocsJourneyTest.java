package io.pteroca.panel.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.Chromium;
import io.pteroca.panel.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The API reader works in a real browser under the pages' strict Content-Security-Policy (its one page may have inline
 * styles, never scripts): whatever the policy refused would show in the console.
 */
class ApiDocsJourneyTest extends IntegrationTest {

    @Test
    void theReaderShowsTheApiWithoutBreakingTheContentSecurityPolicy() {
        WebDriver browser = Chromium.driver();
        // Whatever an earlier test left in the console is not this page's.
        browser.manage().logs().get(LogType.BROWSER).getAll();

        browser.get("http://localhost:" + port + "/api/docs");
        Chromium.waiting().until(driver -> !driver.findElements(By.cssSelector(".opblock-tag")).isEmpty());
        Chromium.screenshot("api-docs-01-reader");

        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("PteroCA API");
        assertThat(browser.findElements(By.cssSelector(".opblock-tag")).stream().map(tag -> tag.getText()).toList())
                .anySatisfy(tag -> assertThat(tag).contains("Servers"));
        assertThat(browser.findElements(By.cssSelector(".btn.authorize"))).as("the bearer scheme").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(path -> path.getAttribute("data-path")).toList())
                .as("only the API, never the pages").isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        // Opening an operation renders its parameters, examples and schemas (the parts that style themselves).
        browser.findElements(By.cssSelector(".opblock-summary")).stream()
                .filter(summary -> summary.getText().contains("/api/v1/admin/servers")).findFirst().orElseThrow().click();
        Chromium.waiting().until(driver -> !driver.findElements(By.cssSelector(".opblock-body .microlight, .opblock-body .highlight-code")).isEmpty());
        browser.findElements(By.cssSelector(".models-control, .models .model-box-control")).stream().findFirst()
                .ifPresent(org.openqa.selenium.WebElement::click);
        Chromium.screenshot("api-docs-02-operation");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused")).toList())
                .as("console messages about the content security policy").isEmpty();
    }
}

package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Visitors who are not signed in cannot make the panel read a large body, e.g. into a payment webhook. */
class AnonymousBodyLimitTest extends IntegrationTest {

    private static final int OVER_LIMIT = 300 * 1024;

    @Test
    void aLargeBodyFromAVisitorIsRefusedBeforeItIsRead() throws Exception {
        WebSession.Page large = browser().postJson("/payments/stripe/webhook", "{\"x\":\"" + "a".repeat(OVER_LIMIT) + "\"}", Map.of());
        assertThat(large.status()).isEqualTo(413);
        assertThat(browser().postJson("/payments/stripe/webhook", "{\"id\":\"evt_small\"}", Map.of()).status())
                .as("a small unsigned notification is judged on its signature").isEqualTo(400);

        // Without a declared length (chunked), reading stops at the limit.
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/payments/stripe/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[OVER_LIMIT])))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isBetween(400, 499);
    }

    @Test
    void aBrokenMultipartBodyOnTheWebhookIsABadRequest() throws Exception {
        HttpResponse<String> broken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/payments/stripe/webhook"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntrunc"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
    }
}

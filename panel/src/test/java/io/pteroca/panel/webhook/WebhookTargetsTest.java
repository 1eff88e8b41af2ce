package io.pteroca.panel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.shared.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks never reach into the provider's own network unless the setting allows it; only http and https. */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook", "http://10.1.2.3/",
            "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://224.0.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[ff02::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a00:1]/", "http://[2002:c0a8:101::1]/", "https://[::]/"})
    void privateLoopbackLinkLocalMulticastAndUniqueLocalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> WebhookTargets.check(url, false)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("webhook.error.privateTarget");
        assertThat(WebhookTargets.check(url, true)).as("allowed by the setting").hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/", "not a url", "",
            "https://user:pass@93.184.216.34/", "/relative/path"})
    void onlyHttpAndHttpsAddressesAreAccepted(String url) {
        assertThatThrownBy(() -> WebhookTargets.check(url, true)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("webhook.error.url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8080/x", "https://[2606:4700:4700::1111]/hook"})
    void publicAddressesAreAccepted(String url) {
        assertThat(WebhookTargets.check(url, false)).hasToString(url);
    }
}

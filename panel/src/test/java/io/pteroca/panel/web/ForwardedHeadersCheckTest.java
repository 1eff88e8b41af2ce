package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** When the panel warns that it ignores a proxy's forwarded headers. */
class ForwardedHeadersCheckTest {

    @Test
    void anHttpsSiteWhoseForwardedHeadersAreIgnoredIsWarnedAbout() {
        assertThat(ForwardedHeadersCheck.httpsSiteWithoutForwarding(true, "https://panel.example.com")).isTrue();
        assertThat(ForwardedHeadersCheck.httpsSiteWithoutForwarding(true, "HTTPS://panel.example.com")).isTrue();
        assertThat(ForwardedHeadersCheck.httpsSiteWithoutForwarding(false, "https://panel.example.com")).isFalse();
        assertThat(ForwardedHeadersCheck.httpsSiteWithoutForwarding(true, "http://localhost:8080")).isFalse();
        assertThat(ForwardedHeadersCheck.httpsSiteWithoutForwarding(true, null)).isFalse();
    }

    @Test
    void requestsFromAProxyAreRecognised() {
        MockHttpServletRequest direct = new MockHttpServletRequest();
        assertThat(ForwardedHeadersCheck.forwarded(direct)).isFalse();
        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.addHeader("X-Forwarded-Proto", "https");
        assertThat(ForwardedHeadersCheck.forwarded(proxied)).isTrue();
        MockHttpServletRequest standard = new MockHttpServletRequest();
        standard.addHeader("Forwarded", "for=192.0.2.60;proto=https");
        assertThat(ForwardedHeadersCheck.forwarded(standard)).isTrue();
    }
}

package io.pteroca.panel.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the captcha provider whether the visitor solved the challenge. The answer is checked on the server;
 * when the provider cannot be reached the form is refused, never waved through.
 */
@Component
class CaptchaVerifier {

    private static final Logger log = LoggerFactory.getLogger(CaptchaVerifier.class);

    private final AccountSettings settings;
    private final String verifyUrlOverride;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    CaptchaVerifier(AccountSettings settings, @Value("${pteroca.captcha.verify-url:}") String verifyUrlOverride) {
        this.settings = settings;
        this.verifyUrlOverride = verifyUrlOverride;
    }

    boolean enabled() {
        return settings.captchaProvider() != CaptchaProvider.NONE;
    }

    /** The widget to render on forms, or null when no captcha is configured. */
    CaptchaWidget widget() {
        CaptchaProvider provider = settings.captchaProvider();
        return provider == CaptchaProvider.NONE ? null : new CaptchaWidget(provider.name().toLowerCase(java.util.Locale.ROOT),
                settings.captchaSiteKey());
    }

    String responseField() {
        return settings.captchaProvider().responseField();
    }

    boolean verify(String response, String remoteIp) {
        CaptchaProvider provider = settings.captchaProvider();
        if (provider == CaptchaProvider.NONE) {
            return true;
        }
        if (!StringUtils.hasText(response)) {
            return false;
        }
        String url = StringUtils.hasText(verifyUrlOverride) ? verifyUrlOverride : provider.verifyUrl();
        String form = "secret=" + encode(settings.captchaSecret()) + "&response=" + encode(response)
                + (remoteIp == null ? "" : "&remoteip=" + encode(remoteIp));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                log.warn("Captcha verification answered HTTP {}", answer.statusCode());
                return false;
            }
            JsonNode body = json.readTree(answer.body());
            return body.path("success").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            log.warn("Captcha verification failed: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** What a form needs to show the captcha. */
    record CaptchaWidget(String provider, String siteKey) {
    }
}

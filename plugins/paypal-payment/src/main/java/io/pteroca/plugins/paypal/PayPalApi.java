package io.pteroca.plugins.paypal;

import io.pteroca.plugin.HttpCall;
import io.pteroca.plugin.HttpReply;
import io.pteroca.plugin.PluginHttp;
import io.pteroca.plugin.PluginSettings;
import java.util.Map;
import io.pteroca.plugin.payment.GatewayException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * PayPal's REST API as this plugin uses it: an OAuth2 access token by client credentials (kept until shortly before
 * it runs out, fetched again when PayPal says it is no longer valid), and JSON calls with it. Every failure is a
 * {@link GatewayException} naming the call, PayPal's status and its error name and debug id (never a secret).
 */
class PayPalApi {

    static final String SANDBOX = "https://api-m.sandbox.paypal.com";
    static final String LIVE = "https://api-m.paypal.com";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    private final PluginHttp http;
    private final PluginSettings settings;
    private final Clock clock;
    private String token;
    private String tokenFor;
    private Instant tokenExpires = Instant.MIN;

    PayPalApi(PluginHttp http, PluginSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** Client id and secret are set: the gateway can be offered. */
    boolean configured() {
        return !settings.get(PayPalSettings.CLIENT_ID.key()).isBlank() && !settings.get(PayPalSettings.CLIENT_SECRET.key()).isBlank();
    }

    /** The API address: the one set in the settings, or PayPal's own for live or sandbox. */
    String base() {
        String custom = settings.get(PayPalSettings.API_URL.key()).strip();
        if (!custom.isEmpty()) {
            return custom.endsWith("/") ? custom.substring(0, custom.length() - 1) : custom;
        }
        return settings.getBoolean(PayPalSettings.LIVE.key()) ? LIVE : SANDBOX;
    }

    /** POSTs JSON; {@code requestId} makes PayPal answer a repeated call as the first one instead of acting twice. */
    HttpReply post(String path, String json, String requestId) throws GatewayException {
        HttpCall call = HttpCall.post(base() + path, "application/json", json).header("Prefer", "return=representation");
        return send(requestId == null ? call : call.header("PayPal-Request-Id", requestId), path);
    }

    HttpReply get(String path) throws GatewayException {
        return send(HttpCall.get(base() + path), path);
    }

    private HttpReply send(HttpCall call, String what) throws GatewayException {
        HttpReply reply = exchange(call.header("Authorization", "Bearer " + token()).header("Accept", "application/json"), what);
        if (reply.status() == 401) {
            forgetToken();
            reply = exchange(call.header("Authorization", "Bearer " + token()).header("Accept", "application/json"), what);
        }
        return reply;
    }

    private HttpReply exchange(HttpCall call, String what) throws GatewayException {
        try {
            return http.send(call.timeout(TIMEOUT));
        } catch (IOException e) {
            throw new GatewayException("PayPal could not be reached for " + what + ": " + e.getMessage(), e);
        }
    }

    private synchronized String token() throws GatewayException {
        String credentials = settings.get(PayPalSettings.CLIENT_ID.key()) + ":" + settings.get(PayPalSettings.CLIENT_SECRET.key());
        String owner = base() + " " + credentials.hashCode();
        if (token != null && owner.equals(tokenFor) && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpCall call = new HttpCall("POST", URI.create(base() + "/v1/oauth2/token"),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", "Basic " + basic,
                        "Accept", "application/json"),
                "grant_type=" + URLEncoder.encode("client_credentials", StandardCharsets.UTF_8), TIMEOUT);
        HttpReply reply = exchange(call, "an access token");
        if (!reply.successful()) {
            throw failure("an access token", reply);
        }
        Object answer = parse(reply, "an access token");
        String accessToken = Json.text(answer, "access_token");
        if (accessToken.isEmpty()) {
            throw new GatewayException("PayPal gave no access token", null);
        }
        long seconds;
        try {
            seconds = Long.parseLong(Json.text(answer, "expires_in"));
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        token = accessToken;
        tokenFor = owner;
        tokenExpires = clock.instant().plusSeconds(seconds).minus(TOKEN_MARGIN);
        return token;
    }

    private synchronized void forgetToken() {
        token = null;
    }

    /** The answer's JSON; a GatewayException when PayPal answered something else. */
    static Object parse(HttpReply reply, String what) throws GatewayException {
        try {
            return Json.parse(reply.body());
        } catch (IllegalArgumentException e) {
            throw new GatewayException("PayPal's answer to " + what + " is not JSON (HTTP " + reply.status() + ")", e);
        }
    }

    /** PayPal refused: its status, error name and debug id, for the log. */
    static GatewayException failure(String what, HttpReply reply) {
        String name = "";
        String debugId = "";
        try {
            Object error = Json.parse(reply.body());
            name = Json.text(error, "name");
            if (name.isEmpty()) {
                name = Json.text(error, "error");
            }
            debugId = Json.text(error, "debug_id");
        } catch (IllegalArgumentException notJson) {
            // the status alone says enough
        }
        return new GatewayException("PayPal refused " + what + ": HTTP " + reply.status() + (name.isEmpty() ? "" : " " + name)
                + (debugId.isEmpty() ? "" : " (debug id " + debugId + ")"), null);
    }
}

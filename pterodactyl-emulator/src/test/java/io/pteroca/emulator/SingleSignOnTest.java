package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.EmulatorSettings.AddonMode;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.node.ObjectNode;

/** The addon's /pteroca/authorize as the SSO contract says, and the signed-in pages it lands on. */
class SingleSignOnTest {

    private static final String SECRET = "an-sso-secret-of-at-least-32-bytes!!";
    private static final String ISSUER = "https://billing.example.test";
    private static final String NAME = "Paper <b>SMP</b> & \"friends\"";

    private OwnedServer owned;
    private String serverPage;

    @BeforeEach
    void start() throws Exception {
        owned = OwnedServer.start(Instant.parse("2026-06-01T09:00:00Z"), b -> b.singleSignOn(SECRET, ISSUER));
        assertThat(owned.asOwner("POST", "/settings/rename", Json.MAPPER.writeValueAsString(Json.object().put("name", NAME)))
                .statusCode()).isEqualTo(204);
        serverPage = "/server/" + owned.server.identifier();
    }

    @AfterEach
    void stop() {
        owned.close();
    }

    // ---- the browser's side ----

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(owned.emulator.baseUrl() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return owned.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String... fields) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(owned.emulator.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return owned.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> authorize(String token, String redirect) throws Exception {
        return post("/pteroca/authorize", null, "pteroca_sso_token", token, "pteroca_sso_redirect", redirect);
    }

    /** "pterodactyl_session=…" from the answer's Set-Cookie, as the browser sends it back. */
    private static String session(HttpResponse<String> response) {
        String cookie = response.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie).startsWith("pterodactyl_session=").contains("HttpOnly").contains("SameSite=Lax");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    // ---- tokens as the billing panel signs them ----

    private ObjectNode claims(long userId) {
        long now = owned.clock.instant().getEpochSecond();
        ObjectNode claims = Json.object();
        claims.put("iss", ISSUER);
        claims.put("aud", owned.emulator.baseUrl());
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("jti", UUID.randomUUID().toString());
        claims.putObject("user").put("id", userId);
        return claims;
    }

    private String token(Consumer<ObjectNode> change) throws Exception {
        ObjectNode claims = claims(owned.owner.id);
        change.accept(claims);
        return sign("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claims, SECRET);
    }

    private static String sign(String header, ObjectNode claims, String secret) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(Json.bytes(claims));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return unsigned + "." + base64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRefused(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        assertThat(Json.MAPPER.readTree(response.body()).get("error").asString()).isEqualTo(error);
        assertThat(response.headers().firstValue("set-cookie")).as("no session for a refused token").isEmpty();
    }

    @Test
    void aValidTokenSignsTheUserInAndLandsOnTheServerPage() throws Exception {
        String token = token(c -> { });
        HttpResponse<String> landed = authorize(token, serverPage);
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("location")).contains(owned.emulator.baseUrl() + serverPage);
        String cookie = session(landed);

        HttpResponse<String> page = get(serverPage, cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Signed in as <strong>owner</strong> (owner@example.test)")
                .contains("<h1 id=\"server-name\">Paper &lt;b&gt;SMP&lt;/b&gt; &amp; &quot;friends&quot;</h1>")
                .doesNotContain("<b>SMP</b>")
                .contains("<dd id=\"server-state\">Offline</dd>")
                .contains("127.0.0.1:25565");

        owned.asOwner("POST", "/files/write?file=%2Feula.txt", "eula=true\n");
        assertThat(owned.asOwner("POST", "/power", "{\"signal\":\"start\"}").statusCode()).isEqualTo(204);
        owned.advance(Duration.ofSeconds(2));
        assertThat(get(serverPage, cookie).body()).contains("<dd id=\"server-state\">Running</dd>");

        assertThat(get("/", cookie).body()).contains("<a href=\"" + serverPage + "\">Paper &lt;b&gt;SMP")
                .contains("<td class=\"state\">Running</td>");
        assertRefused(authorize(token, serverPage), 401, "Invalid token");
    }

    @Test
    void withoutASessionThePagesAskToSignInAndTheLoginFormWorks() throws Exception {
        for (String path : new String[] {"/", serverPage}) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("location")).contains("/auth/login");
        }
        assertThat(get(serverPage, "pterodactyl_session=forged").statusCode()).isEqualTo(302);
        HttpResponse<String> login = get("/auth/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<form method=\"post\" action=\"/auth/login\"").contains("name=\"user\"")
                .contains("name=\"password\" type=\"password\"");

        HttpResponse<String> wrong = post("/auth/login", null, "user", "owner@example.test", "password", "nope");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("These credentials do not match our records.").contains("value=\"owner@example.test\"");
        HttpResponse<String> right = post("/auth/login", null, "user", "owner", "password", "pw");
        assertThat(right.statusCode()).isEqualTo(302);
        String cookie = session(right);
        assertThat(get("/", cookie).body()).contains("Signed in as <strong>owner</strong>");

        HttpResponse<String> out = post("/auth/logout", cookie);
        assertThat(out.headers().firstValue("location")).contains("/auth/login");
        assertThat(get("/", cookie).statusCode()).as("signed out").isEqualTo(302);

        synchronized (owned.emulator.state()) {
            owned.emulator.state().createUser("stranger@example.test", "stranger", "S", "T", "pw2", false);
        }
        String stranger = session(post("/auth/login", null, "user", "stranger@example.test", "password", "pw2"));
        HttpResponse<String> notTheirs = get(serverPage, stranger);
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(notTheirs.body()).contains("404 - Not Found").doesNotContain("Paper");
        assertThat(get("/", stranger).body()).contains("There are no servers associated with your account.");
        owned.advance(Duration.ofMinutes(721));
        assertThat(get("/", stranger).statusCode()).as("12 hours without a request end the session").isEqualTo(302);
    }

    @Test
    void everyRefusalOfTheContractKeepsItsStatusAndMessage() throws Exception {
        long now = owned.clock.instant().getEpochSecond();
        assertRefused(authorize(sign("{\"alg\":\"HS256\"}", claims(owned.owner.id), "another-secret-of-at-least-32-bytes"), "/"),
                401, "Invalid token");
        assertRefused(authorize(sign("{\"alg\":\"none\"}", claims(owned.owner.id), SECRET), "/"), 401, "Invalid token");
        assertRefused(authorize(sign("{\"alg\":\"HS256\",\"crit\":[\"x\"]}", claims(owned.owner.id), SECRET), "/"), 401, "Invalid token");
        assertRefused(authorize("", "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.put("exp", now - 1)), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.remove("exp")), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.put("iat", now + 61).put("exp", now + 120)), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.put("exp", now + 301)), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.put("iss", "https://evil.example.test")), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.put("aud", "https://other-panel.example.test")), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.remove("jti")), "/"), 401, "Invalid token");
        assertRefused(authorize(token(c -> c.putObject("user").put("id", 999)), "/"), 404, "User not found");
        assertRefused(authorize(token(c -> c.putObject("user").put("id", "0")), "/"), 404, "User not found");

        User admin;
        User twoFactor;
        synchronized (owned.emulator.state()) {
            admin = owned.emulator.state().users.get(1L);
            twoFactor = owned.emulator.state().createUser("2fa@example.test", "secure", "T", "F", "pw", false);
            twoFactor.twoFactor = true;
        }
        assertRefused(authorize(token(c -> c.putObject("user").put("id", admin.id)), "/"), 403,
                "Root administrators cannot sign in through PteroCA");
        assertRefused(authorize(token(c -> c.putObject("user").put("id", twoFactor.id)), "/"), 403,
                "Accounts with two-factor authentication cannot sign in through PteroCA");
        owned.emulator.settings().ssoAllowRootAdmin = true;
        assertThat(authorize(token(c -> c.putObject("user").put("id", admin.id)), "/").statusCode()).isEqualTo(302);

        for (String away : new String[] {"https://evil.example.test/phish", "//evil.example.test", "/\\evil", "/a b"}) {
            HttpResponse<String> landed = authorize(token(c -> { }), away);
            assertThat(landed.statusCode()).isEqualTo(302);
            assertThat(landed.headers().firstValue("location")).as(away).contains(owned.emulator.baseUrl() + "/");
        }
        assertThat(authorize(token(c -> c.putObject("user").put("id", String.valueOf(owned.owner.id))), "/").statusCode())
                .as("an id as digits").isEqualTo(302);

        owned.emulator.settings().ssoSecret = null;
        assertRefused(authorize(token(c -> { }), "/"), 503, "SSO not configured");
    }

    @Test
    void theOfficialAddonChecksOnlySignatureAndTimes() throws Exception {
        owned.emulator.settings().addonMode = AddonMode.ORIGINAL;
        long now = owned.clock.instant().getEpochSecond();
        String token = token(c -> c.put("iss", "anyone").put("aud", "anywhere").remove("jti"));
        assertThat(authorize(token, "/").statusCode()).isEqualTo(302);
        HttpResponse<String> replayed = authorize(token, "https://evil.example.test/phish");
        assertThat(replayed.statusCode()).as("replay accepted").isEqualTo(302);
        assertThat(replayed.headers().firstValue("location")).as("open redirect").contains("https://evil.example.test/phish");
        assertThat(authorize(token(c -> c.remove("exp")), "/").statusCode()).as("no expiry, valid forever").isEqualTo(302);
        assertRefused(authorize(token(c -> c.put("exp", now - 1)), "/"), 401, "Invalid token");
        assertRefused(authorize(sign("{\"alg\":\"HS256\"}", claims(owned.owner.id), "another-secret-of-at-least-32-bytes"), "/"),
                401, "Invalid token");
        HttpResponse<String> unknown = authorize(token(c -> c.putObject("user").put("id", 999)), "/");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("content-type").orElseThrow()).startsWith("text/html");
    }
}

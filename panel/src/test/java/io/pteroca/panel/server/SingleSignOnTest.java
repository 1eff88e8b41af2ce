package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylAccounts;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Open in Pterodactyl" mints the token of contracts/sso.md on a CSRF-checked POST, for the server's owner only. */
class SingleSignOnTest extends IntegrationTest {

    private static final String SECRET = "an-sso-secret-of-at-least-32-bytes!!";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;
    @Autowired
    PterodactylAccounts pterodactyl;

    @AfterEach
    void off() {
        settings.set(settings.definition("pterodactyl.sso.enabled").orElseThrow(), "false");
    }

    private static String field(String page, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    @Test
    void theOwnerIsHandedToTheAddonWithAOneTimeTokenAsTheContractSays() throws Exception {
        settings.setAll(Map.of(settings.definition("pterodactyl.sso.enabled").orElseThrow(), "true",
                settings.definition("pterodactyl.sso.secret").orElseThrow(), SECRET));
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Single");
        String identifier = servers.findById(id).orElseThrow().identifier();

        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + id).body()).contains("id=\"sso-open\"");
        assertThat(web.get("/servers/" + id + "/open-in-pterodactyl").status()).as("never on a GET").isEqualTo(405);
        assertThat(web.postRaw("/servers/" + id + "/open-in-pterodactyl", Map.of()).status()).as("CSRF").isEqualTo(403);
        web.get("/servers/" + id);
        WebSession.Page handoff = web.post("/servers/" + id + "/open-in-pterodactyl", Map.of());
        assertThat(handoff.status()).isEqualTo(200);
        String pterodactylUrl = TestPterodactyl.emulator().baseUrl().replaceAll("/$", "");
        assertThat(handoff.body()).contains("action=\"" + pterodactylUrl + "/pteroca/authorize\"").contains("data-auto-submit");
        assertThat(field(handoff.body(), "pteroca_sso_redirect")).isEqualTo("/server/" + identifier);
        assertThat(handoff.header("Content-Security-Policy")).contains("form-action 'self' " + pterodactylUrl);

        SignedJWT token = SignedJWT.parse(field(handoff.body(), "pteroca_sso_token"));
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(token.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(pterodactylUrl);
        assertThat(claims.getIssuer()).doesNotEndWith("/").startsWith("http");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(60_000);
        assertThat(claims.getJWTID()).matches("[A-Za-z0-9_-]{22}");
        assertThat(((Number) claims.getJSONObjectClaim("user").get("id")).longValue())
                .isEqualTo(pterodactyl.userOf(owner.id()).orElseThrow().longValue());
        web.get("/servers/" + id);
        String again = field(web.post("/servers/" + id + "/open-in-pterodactyl", Map.of()).body(), "pteroca_sso_token");
        assertThat(SignedJWT.parse(again).getJWTClaimsSet().getJWTID()).as("one-time").isNotEqualTo(claims.getJWTID());

        AccountView stranger = fixtures.customer("0");
        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), ServerFixtures.PASSWORD);
        strangerWeb.get("/servers");
        assertThat(strangerWeb.post("/servers/" + id + "/open-in-pterodactyl", Map.of()).status()).isEqualTo(404);

        settings.set(settings.definition("pterodactyl.sso.enabled").orElseThrow(), "false");
        web.get("/servers/" + id);
        WebSession.Page off = web.post("/servers/" + id + "/open-in-pterodactyl", Map.of());
        assertThat(off.status()).isEqualTo(302);
        assertThat(web.get("/servers/" + id).body()).contains("Single sign-on is not available").doesNotContain("id=\"sso-open\"");
    }
}

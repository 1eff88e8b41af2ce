package io.pteroca.panel.pterodactyl;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pteroca.panel.setting.SettingDefinition;
import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingType;
import io.pteroca.panel.setting.Settings;
import io.pteroca.panel.setting.SettingsContributor;
import io.pteroca.panel.setting.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * "Open in Pterodactyl": a one-time token exactly as {@code contracts/sso.md} says (HS256, 60 s, random jti, the
 * user's Pterodactyl id), handed to the addon's {@code /pteroca/authorize} by an auto-submitted form. Works with our
 * addon and the original one.
 */
@Service
public class SingleSignOn implements SettingsContributor {

    static final SettingDefinition ENABLED = SettingDefinition.of("pterodactyl.sso.enabled", SettingType.BOOLEAN,
            SettingGroup.PTERODACTYL, "false", 50);
    static final SettingDefinition SECRET = SettingDefinition.of("pterodactyl.sso.secret", SettingType.SECRET,
            SettingGroup.PTERODACTYL, "", 60);
    private static final int LIFETIME_SECONDS = 60;

    private final Settings settings;
    private final PterodactylSettings pterodactyl;
    private final SiteSettings site;
    private final PterodactylLinkRepository links;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SingleSignOn(Settings settings, PterodactylSettings pterodactyl, SiteSettings site, PterodactylLinkRepository links,
                 Clock clock) {
        this.settings = settings;
        this.pterodactyl = pterodactyl;
        this.site = site;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ENABLED, SECRET);
    }

    /** Whether the button is offered: switched on, a secret of at least 32 bytes (HS256), Pterodactyl configured. */
    public boolean available() {
        return settings.getBoolean(ENABLED) && settings.get(SECRET).getBytes(StandardCharsets.UTF_8).length >= 32
                && pterodactyl.configured();
    }

    /**
     * The form to post to the addon for this account, landing on {@code redirectPath} (a path on Pterodactyl);
     * empty when SSO is off or the account has no Pterodactyl user.
     */
    public Optional<Handoff> handoff(long accountId, String redirectPath) {
        if (!available()) {
            return Optional.empty();
        }
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED)
                .map(link -> new Handoff(withoutSlash(pterodactyl.url()) + "/pteroca/authorize",
                        token(link.pterodactylUserId()), redirectPath));
    }

    private String token(long pterodactylUserId) {
        Instant now = clock.instant();
        byte[] jti = new byte[16];
        random.nextBytes(jti);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(withoutSlash(site.url()))
                .audience(withoutSlash(pterodactyl.url()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(jti))
                .claim("user", Map.of("id", pterodactylUserId))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(settings.get(SECRET).getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the SSO token", e);
        }
        return jwt.serialize();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code action} is the addon's URL; {@code token} and {@code redirect} are the two form fields. */
    public record Handoff(String action, String token, String redirect) {

        /** The Pterodactyl origin, which the page's CSP must allow as a form target. */
        public String origin() {
            java.net.URI uri = java.net.URI.create(action);
            return uri.getScheme() + "://" + uri.getAuthority();
        }
    }
}

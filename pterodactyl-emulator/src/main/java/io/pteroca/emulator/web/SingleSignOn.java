package io.pteroca.emulator.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The addon's {@code POST /pteroca/authorize} decision. Our addon runs the SSO contract's checks in its order, the
 * first failure winning: configured (503), signature (401), lifetime (401), issuer and audience (401), single use
 * (401), user (404), root admins and 2FA users only when allowed (403); then a redirect that must stay on this
 * panel. The official addon 0.1.2 (addon mode ORIGINAL) checks only the signature and, when present, the times; it
 * accepts replays and redirects anywhere, as observed on a real panel.
 */
final class SingleSignOn {

    /** A successful check: who signs in and where they land. */
    record Grant(User user, String redirect) {
    }

    /** How far iat may lie ahead (clock drift between the hosts) and the longest lifetime a token may claim. */
    private static final long MAX_DRIFT_SECONDS = 60;
    private static final long MAX_LIFETIME_SECONDS = 300;
    private static final int MAX_REDIRECT = 2048;
    private static final Pattern POSITIVE_ID = Pattern.compile("^[1-9]\\d{0,17}$");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7F]");

    private final EmulatorState state;
    /** Token ids already used, until their expiry (the addon keeps them in Laravel's cache). */
    private final Map<String, Long> usedTokens = new HashMap<>();

    SingleSignOn(EmulatorState state) {
        this.state = state;
    }

    Grant authorize(String token, String redirect) throws SsoRefusal {
        EmulatorSettings settings = state.settings();
        boolean original = settings.addonMode == EmulatorSettings.AddonMode.ORIGINAL;
        if (blank(settings.ssoSecret)) {
            throw original ? SsoRefusal.invalidToken("no secret to verify with") : SsoRefusal.notConfigured();
        }
        ObjectNode claims = SsoToken.claims(token, settings.ssoSecret);
        long now = state.clock().instant().getEpochSecond();
        if (original) {
            checkTimesIfPresent(claims, now);
            return new Grant(user(claims), redirect == null || redirect.isEmpty() ? "/" : redirect);
        }
        long expiresAt = checkLifetime(claims, now);
        checkIssuerAndAudience(claims, settings);
        claimFirstUse(claims, expiresAt, now);
        User user = user(claims);
        if (user.rootAdmin && !settings.ssoAllowRootAdmin) {
            throw SsoRefusal.forbidden("Root administrators cannot sign in through PteroCA",
                    "user " + user.id + " is a root admin and PTEROCA_SSO_ALLOW_ROOT_ADMIN is off");
        }
        if (user.twoFactor && !settings.ssoAllowTwoFactorUsers) {
            throw SsoRefusal.forbidden("Accounts with two-factor authentication cannot sign in through PteroCA",
                    "user " + user.id + " uses 2FA and PTEROCA_SSO_ALLOW_2FA_USERS is off");
        }
        return new Grant(user, onThisPanel(redirect));
    }

    private static long checkLifetime(ObjectNode claims, long now) throws SsoRefusal {
        Long expiresAt = timestamp(claims.get("exp"));
        if (expiresAt == null) {
            throw SsoRefusal.invalidToken("exp missing or not a number");
        }
        if (expiresAt <= now) {
            throw SsoRefusal.invalidToken("token expired");
        }
        Long issuedAt = timestamp(claims.get("iat"));
        if (issuedAt == null) {
            throw SsoRefusal.invalidToken("iat missing or not a number");
        }
        if (issuedAt > now + MAX_DRIFT_SECONDS) {
            throw SsoRefusal.invalidToken("iat too far in the future");
        }
        if (expiresAt - issuedAt > MAX_LIFETIME_SECONDS) {
            throw SsoRefusal.invalidToken("lifetime (exp - iat) longer than " + MAX_LIFETIME_SECONDS + " s");
        }
        return expiresAt;
    }

    /** firebase/php-jwt, which the official addon uses: exp, nbf and iat are checked only when the token has them. */
    private static void checkTimesIfPresent(ObjectNode claims, long now) throws SsoRefusal {
        Long expiresAt = timestamp(claims.get("exp"));
        Long notBefore = timestamp(claims.get("nbf"));
        Long issuedAt = timestamp(claims.get("iat"));
        if (expiresAt != null && now >= expiresAt) {
            throw SsoRefusal.invalidToken("token expired");
        }
        if (notBefore != null && notBefore > now || issuedAt != null && issuedAt > now) {
            throw SsoRefusal.invalidToken("token not valid yet");
        }
    }

    private void checkIssuerAndAudience(ObjectNode claims, EmulatorSettings settings) throws SsoRefusal {
        if (blank(settings.ssoIssuer)) {
            throw SsoRefusal.invalidToken("PTEROCA_SSO_ISSUER is not set, so no issuer can be trusted");
        }
        if (!sameUrl(claims.get("iss"), settings.ssoIssuer)) {
            throw SsoRefusal.invalidToken("iss does not match PTEROCA_SSO_ISSUER");
        }
        String audience = blank(settings.ssoAudience) ? settings.panelUrl : settings.ssoAudience;
        if (blank(audience)) {
            throw SsoRefusal.invalidToken("neither PTEROCA_SSO_AUDIENCE nor APP_URL is set");
        }
        if (!sameUrl(claims.get("aud"), audience)) {
            throw SsoRefusal.invalidToken("aud does not match PTEROCA_SSO_AUDIENCE");
        }
    }

    private void claimFirstUse(ObjectNode claims, long expiresAt, long now) throws SsoRefusal {
        JsonNode tokenId = claims.get("jti");
        if (tokenId == null || !tokenId.isString() || tokenId.asString().isEmpty()) {
            throw SsoRefusal.invalidToken("jti missing");
        }
        usedTokens.values().removeIf(until -> until < now);
        if (usedTokens.putIfAbsent(tokenId.asString(), expiresAt) != null) {
            throw SsoRefusal.invalidToken("token already used (replay)");
        }
    }

    private User user(ObjectNode claims) throws SsoRefusal {
        JsonNode id = claims.path("user").path("id");
        long userId;
        if (id.isIntegralNumber() && id.canConvertToLong() && id.asLong() >= 1) {
            userId = id.asLong();
        } else if (id.isString() && POSITIVE_ID.matcher(id.asString()).matches()) {
            userId = Long.parseLong(id.asString());
        } else {
            throw SsoRefusal.userNotFound("user.id missing or not a positive integer");
        }
        User user = state.users.get(userId);
        if (user == null) {
            throw SsoRefusal.userNotFound("no user with id " + userId);
        }
        return user;
    }

    /**
     * Only a relative path starting with a single "/" survives; absolute or protocol-relative URLs, backslashes
     * (browsers read them as "/") and control characters (browsers strip them) become "/".
     */
    static String onThisPanel(String redirect) {
        if (redirect == null || redirect.isEmpty() || redirect.length() > MAX_REDIRECT || redirect.charAt(0) != '/'
                || redirect.contains("//") || redirect.contains("\\") || CONTROL.matcher(redirect).find()) {
            return "/";
        }
        return redirect;
    }

    /** A NumericDate (RFC 7519): an integer, or a finite number cut to whole seconds; strings and booleans are not dates. */
    private static Long timestamp(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isFloatingPointNumber() && Double.isFinite(value.asDouble()) && Math.abs(value.asDouble()) < 1e15) {
            return (long) Math.floor(value.asDouble());
        }
        return null;
    }

    private static boolean sameUrl(JsonNode claimed, String expected) {
        return claimed != null && claimed.isString() && withoutTrailingSlashes(claimed.asString()).equals(withoutTrailingSlashes(expected));
    }

    private static String withoutTrailingSlashes(String url) {
        return url.replaceAll("/+$", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

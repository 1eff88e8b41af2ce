package io.pteroca.panel.account;

import io.pteroca.panel.shared.Tokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers whose owner chose "trust this device" at the second step: for 30 days, their right password alone signs
 * in. The cookie holds a random token; only its hash is stored, and the account page lists and revokes them.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "pteroca-trusted-device";
    static final Duration VALIDITY = Duration.ofDays(30);

    private final TwoFactorStore store;
    private final Clock clock;

    TrustedDevices(TwoFactorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether this browser's cookie trusts it for this account now. */
    @Transactional
    public boolean trusts(HttpServletRequest request, long accountId) {
        String token = cookie(request);
        return token != null && token.length() <= 100 && store.useTrustedDevice(accountId, Tokens.sha256Hex(token), clock.instant());
    }

    /** Trusts this browser from now on, replacing the cookie it may hold for another account. */
    @Transactional
    public void trust(HttpServletRequest request, HttpServletResponse response, long accountId) {
        Instant now = clock.instant();
        String token = Tokens.newToken();
        store.removeExpiredTrustedDevices(now);
        store.addTrustedDevice(accountId, Tokens.sha256Hex(token), DeviceName.of(request.getHeader("User-Agent")),
                request.getRemoteAddr(), now, now.plus(VALIDITY));
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) VALIDITY.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Transactional(readOnly = true)
    public List<TwoFactorStore.TrustedDevice> list(long accountId) {
        return store.trustedDevices(accountId, clock.instant());
    }

    /** Forgets one trusted device of this account; false when the account has no such device. */
    @Transactional
    public boolean revoke(long accountId, long deviceId) {
        return store.removeTrustedDevice(accountId, deviceId);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}

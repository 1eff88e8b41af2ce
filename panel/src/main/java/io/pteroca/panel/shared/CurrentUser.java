package io.pteroca.panel.shared;

import org.springframework.security.core.Authentication;

/** The signed-in account's id, for features that must not depend on the account feature (audit lines). */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Implemented by the principal of a signed-in account. */
    public interface WithId {
        long id();
    }

    public static Long id(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof WithId principal ? principal.id() : null;
    }
}

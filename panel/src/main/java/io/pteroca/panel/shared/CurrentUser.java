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

    /**
     * Implemented by the principal of a request made for an account by something other than its session (an API
     * token), so every audit line written while it acts says so, wherever in the code that line is written.
     */
    public interface Delegated extends WithId {

        /** How the request reached the panel, e.g. {@code API token 7 "deploy-bot"}; never a secret. */
        String channel();
    }

    public static Long id(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof WithId principal ? principal.id() : null;
    }
}

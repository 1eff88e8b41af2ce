package io.pteroca.panel.account;

import org.springframework.stereotype.Component;

/** Whether an account must set up two-factor before it may do anything else. */
@Component
class TwoFactorPolicy {

    private final AccountSettings settings;
    private final TwoFactor twoFactor;

    TwoFactorPolicy(AccountSettings settings, TwoFactor twoFactor) {
        this.settings = settings;
        this.twoFactor = twoFactor;
    }

    /** Staff must, while the security settings say so; asks the database only then. */
    boolean mustSetUp(AccountPrincipal principal) {
        return principal.role().isStaff() && settings.twoFactorRequiredForStaff() && !twoFactor.enabled(principal.id());
    }
}

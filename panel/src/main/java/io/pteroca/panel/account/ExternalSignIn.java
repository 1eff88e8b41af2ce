package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another way in (a sign-in provider) needs from accounts: the password check that proves an address's owner,
 * opening an account under the registration form's rules, and signing in with the second step where it applies.
 */
@Component
public class ExternalSignIn {

    /** The answer of a password check. */
    public enum PasswordCheck { RIGHT, WRONG, THROTTLED }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final Registration registration;
    private final RegistrationGate gate;
    private final SecondStep secondStep;
    private final NewAccountSignIn signIn;
    private final StaffPermissions permissions;
    private final AccountAudit audit;

    ExternalSignIn(AccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle, Registration registration,
                   RegistrationGate gate, SecondStep secondStep, NewAccountSignIn signIn, StaffPermissions permissions,
                   AccountAudit audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.registration = registration;
        this.gate = gate;
        this.secondStep = secondStep;
        this.signIn = signIn;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The live (not deleted) account with this address, blocked or not. */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(Registration.normalizeEmail(email)).filter(account -> !account.deleted()).map(Account::view);
    }

    /** Whether the account has a password of its own (one opened through a provider has none until its owner sets one). */
    @Transactional(readOnly = true)
    public boolean hasPassword(long accountId) {
        return accounts.findById(accountId).map(Account::passwordSet).orElse(false);
    }

    /** Checks the account's password, counted against the same budgets as the sign-in form's guesses. */
    public PasswordCheck checkPassword(long accountId, String password, HttpServletRequest request) {
        Optional<Account> account = accounts.findById(accountId).filter(a -> !a.deleted());
        if (account.isEmpty()) {
            return PasswordCheck.WRONG;
        }
        String email = account.get().email();
        String ip = request.getRemoteAddr();
        if (throttle.attempt(email, ip, throttle.captchaResponse(request)) != SignInThrottle.Verdict.GO_ON) {
            return PasswordCheck.THROTTLED;
        }
        if (password == null || !account.get().passwordSet() || !encoder.matches(password, account.get().passwordHash())) {
            throttle.failed(email, ip);
            audit.self("login_failed", accountId, email, ip, "wrong password when linking a sign-in provider");
            return PasswordCheck.WRONG;
        }
        throttle.succeeded(email, ip);
        return PasswordCheck.RIGHT;
    }

    /**
     * Signs the browser in as this account, or starts the second step when the account has two-factor sign-in.
     * Returns the URL to continue at. Refuses a blocked or deleted account (403, {@code login.blocked}).
     */
    public String signIn(long accountId, String how, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.findById(accountId).filter(a -> !a.deleted() && !a.blocked())
                .orElseThrow(() -> Refusal.forbidden("login.blocked"));
        AccountPrincipal principal = new AccountPrincipal(account, permissions.of(account.id()));
        if (secondStep.needed(principal, request)) {
            secondStep.begin(request, principal);
            return "/login/second-factor";
        }
        signIn.signInAs(principal, request, response);
        audit.self("login", account.id(), account.email(), request.getRemoteAddr(), how);
        return signIn.continueAt(request, response);
    }

    public boolean registrationOpen() {
        return gate.registrationOpen();
    }

    public boolean termsToAccept() {
        return gate.termsToAccept();
    }

    /** The captcha widget for a form that opens an account, or null when no captcha is configured. */
    public Object captchaWidget() {
        return gate.captchaWidget();
    }

    /**
     * Opens an account for this person under the registration form's rules: open registration, accepted terms,
     * the per-address limit, the captcha, the verification mode, the Pterodactyl user. Refusals carry message keys.
     */
    public AccountView register(ExternalProfile profile, boolean acceptedTerms, String language, HttpServletRequest request) {
        if (!gate.registrationOpen()) {
            throw new Refusal("register.closed");
        }
        if (gate.termsToAccept() && !acceptedTerms) {
            throw Refusal.onField("acceptTerms", "register.acceptTerms");
        }
        gate.refusal(request).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        return registration.registerWithoutPassword(profile, language, request.getRemoteAddr());
    }
}

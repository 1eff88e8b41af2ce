package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens new customer accounts. */
@Service
class Registration {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AccountSettings settings;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountAudit audit;
    private final Clock clock;

    Registration(AccountRepository accounts, PasswordPolicy passwordPolicy, PasswordEncoder encoder, AccountSettings settings,
                 AccountTokens tokens, AccountMails mails, AccountAudit audit, Clock clock) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.settings = settings;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountView register(RegistrationForm form, String language, String ip) {
        if (!settings.registrationOpen()) {
            throw new Refusal("register.closed");
        }
        passwordPolicy.problem(form.getPassword()).ifPresent(problem -> {
            throw Refusal.onField("password", problem);
        });
        return open(form.getEmail(), form.getPassword(), true, form.getFirstName(), form.getLastName(), language, ip);
    }

    /**
     * Opens an account for someone who signed in through a provider, under the form's rules (open registration,
     * verification mode, Pterodactyl user); it has no password of its own until its owner sets one.
     */
    @Transactional
    public AccountView registerWithoutPassword(ExternalProfile profile, String language, String ip) {
        if (!settings.registrationOpen()) {
            throw new Refusal("register.closed");
        }
        return open(profile.email(), unguessableSecret(), false, profile.firstName(), profile.lastName(), language, ip);
    }

    private AccountView open(String rawEmail, String password, boolean passwordSet, String firstName, String lastName,
                             String language, String ip) {
        String email = normalizeEmail(rawEmail);
        if (accounts.existsByEmail(email)) {
            throw Refusal.onField("email", "register.emailTaken");
        }
        Instant now = clock.instant();
        Account account = new Account(email, encoder.encode(password), firstName.strip(), lastName.strip(), Role.USER, now);
        if (!passwordSet) {
            account.withoutPassword();
        }
        account.changeLanguage(language, now);
        VerificationMode mode = settings.verificationMode();
        if (mode == VerificationMode.DISABLED) {
            account.markVerified(now);
        }
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException sameEmailRegisteredConcurrently) {
            throw Refusal.onField("email", "register.emailTaken");
        }
        String token = null;
        if (mode != VerificationMode.DISABLED) {
            token = tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, null, AccountTokens.VERIFICATION_VALIDITY);
            account.verificationSent(now);
        }
        mails.welcome(account, token);
        audit.self("registered", account, ip);
        // An account that may order now gets its Pterodactyl user now, or its first server would wait for a link
        // that only verification would bring; with verification required both wait for the link in the e-mail.
        if (mode != VerificationMode.REQUIRED) {
            audit.publish(AccountAudit.activated(account));
        }
        return account.view();
    }

    private static String unguessableSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    /** The one spelling of an address used for storing, sign-in and rate limits alike (trim as the login filter does). */
    static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}

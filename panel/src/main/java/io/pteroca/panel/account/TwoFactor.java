package io.pteroca.panel.account;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-factor sign-in with an authenticator app: set-up with a QR code and a first code, recovery codes, the check at
 * sign-in, turning it off and an admin's reset. The secret is stored encrypted; recovery codes only as hashes.
 */
@Service
class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a code typed at sign-in turned out to be. */
    enum Check { AUTHENTICATOR_CODE, RECOVERY_CODE, WRONG }

    /** The secret being set up, as text to type and as the link the QR code holds. */
    public record Setup(String secret, String otpauthUri) {

        /** In groups of four, as people copy it into an app by hand. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final TwoFactorStore store;
    private final AccountRepository accounts;
    private final SecretCipher cipher;
    private final AccountProfile profile;
    private final SessionTermination sessions;
    private final PersistentTokenRepository rememberMe;
    private final AccountAudit audit;
    private final SiteSettings site;
    private final SecondFactorThrottle throttle;
    private final StaffRoles roles;
    private final StaffPermissions permissions;
    private final PasskeyCredentials passkeys;
    private final Clock clock;
    /** For the writes after both factors were checked: the checks count guesses, outside any transaction. */
    private final TransactionTemplate transactions;

    TwoFactor(TwoFactorStore store, AccountRepository accounts, SecretCipher cipher, AccountProfile profile,
              SessionTermination sessions, PersistentTokenRepository rememberMe, AccountAudit audit, SiteSettings site,
              SecondFactorThrottle throttle, StaffRoles roles, StaffPermissions permissions, PasskeyCredentials passkeys,
              Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.passkeys = passkeys;
        this.roles = roles;
        this.permissions = permissions;
        this.throttle = throttle;
        this.store = store;
        this.accounts = accounts;
        this.cipher = cipher;
        this.profile = profile;
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.audit = audit;
        this.site = site;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enabled(long accountId) {
        return store.enabled(accountId);
    }

    /** Whether an admin's reset would change anything: the account has a second factor or a passkey. */
    @Transactional(readOnly = true)
    public boolean resettable(long accountId) {
        return store.find(accountId).isPresent() || !passkeys.list(accountId).isEmpty();
    }

    @Transactional(readOnly = true)
    public int unusedRecoveryCodes(long accountId) {
        return store.unusedRecoveryCodes(accountId);
    }

    /** A new secret to scan, replacing one that was never confirmed. */
    @Transactional
    public Setup startSetup(long accountId) {
        Account account = load(accountId);
        if (store.enabled(accountId)) {
            throw new Refusal("twoFactor.alreadyEnabled");
        }
        String secret = Totp.newSecret();
        store.startSetup(accountId, cipher.encrypt(secret), clock.instant());
        return setup(account, secret);
    }

    /** The secret being set up, for its QR code; empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<Setup> pendingSetup(long accountId) {
        return store.find(accountId).filter(enrolment -> !enrolment.enabled())
                .map(enrolment -> setup(load(accountId), cipher.decrypt(enrolment.encryptedSecret())));
    }

    /**
     * Turns two-factor on when the first code is right, and returns the recovery codes to show once. Remember-me
     * logins made with the password alone end, so none of them skips the new second step.
     */
    @Transactional
    public List<String> confirmSetup(long accountId, String code, String ip) {
        Account account = load(accountId);
        TwoFactorStore.Enrolment enrolment = store.find(accountId).filter(e -> !e.enabled())
                .orElseThrow(() -> new Refusal("twoFactor.noSetup"));
        OptionalLong step = Totp.matchingStep(cipher.decrypt(enrolment.encryptedSecret()), code, clock.instant());
        if (step.isEmpty()) {
            throw Refusal.onField("code", "twoFactor.codeWrong");
        }
        if (!store.enable(accountId, step.getAsLong(), clock.instant())) {
            throw new Refusal("twoFactor.alreadyEnabled");
        }
        if (account.email() != null) {
            rememberMe.removeUserTokens(account.email());
        }
        audit.self("two_factor_enabled", account, ip);
        return newRecoveryCodes(accountId);
    }

    /** New recovery codes, after the password; the old ones stop working. */
    public List<String> regenerateRecoveryCodes(long accountId, String password, String ip) {
        Account account = load(accountId);
        requireEnabled(accountId);
        profile.requirePassword(account, password);
        return transactions.execute(status -> {
            audit.self("two_factor_recovery_codes_renewed", account, ip);
            return newRecoveryCodes(accountId);
        });
    }

    /** Turns two-factor off after the password and a code (or a recovery code); trusted devices are forgotten. */
    public void disable(long accountId, String password, String code, String ip) {
        Account account = reauthenticated(accountId, password, code, ip);
        transactions.executeWithoutResult(status -> {
            store.removeAll(accountId);
            audit.self("two_factor_disabled", account, ip);
        });
    }

    /**
     * Asks a signed-in person for both factors again before something that outlives the session (an admin API token):
     * the password and a fresh code, counted against the same throttle as sign-in codes. Refusals name the field.
     */
    public void reauthenticate(long accountId, String password, String code, String ip) {
        reauthenticated(accountId, password, code, ip);
    }

    /**
     * Checks both factors outside any transaction: each guess is counted whatever becomes of the request, and counting
     * inside a transaction would need a second connection while it holds one.
     */
    private Account reauthenticated(long accountId, String password, String code, String ip) {
        Account account = load(accountId);
        requireEnabled(accountId);
        profile.requirePassword(account, password);
        try {
            throttle.attempt(accountId, ip);
        } catch (RateLimitExceededException tooMany) {
            throw Refusal.onField("code", "twoFactor.throttled");
        }
        if (transactions.execute(status -> check(accountId, code)) == Check.WRONG) {
            throw Refusal.onField("code", "twoFactor.codeWrong");
        }
        throttle.passed(accountId);
        return account;
    }

    /**
     * Checks a code at sign-in: an authenticator code of the current window, never one already used, or an unused
     * recovery code, which is then used up.
     */
    @Transactional
    public Check check(long accountId, String code) {
        TwoFactorStore.Enrolment enrolment = store.find(accountId).filter(TwoFactorStore.Enrolment::enabled).orElse(null);
        if (enrolment == null || code == null || code.length() > 64) {
            return Check.WRONG;
        }
        OptionalLong step = Totp.matchingStep(cipher.decrypt(enrolment.encryptedSecret()), code, clock.instant());
        if (step.isPresent()) {
            return store.useStep(accountId, step.getAsLong()) ? Check.AUTHENTICATOR_CODE : Check.WRONG;
        }
        String recovery = normalizeRecoveryCode(code);
        if (recovery.length() == RECOVERY_CODE_LENGTH
                && store.useRecoveryCode(accountId, Tokens.sha256Hex(recovery), clock.instant())) {
            return Check.RECOVERY_CODE;
        }
        return Check.WRONG;
    }

    /**
     * An admin's reset for someone who lost their phone or security key: two-factor is off, their passkeys are
     * removed and every session of theirs ends.
     */
    @Transactional
    public void reset(long accountId, AccountAudit.Actor admin) {
        Account account = load(accountId);
        if (admin.id() != null && admin.id() == accountId) {
            throw new Refusal("admin.users.notYourself");
        }
        if (account.staffRoleId() != null) {
            // Turning off the second factor of someone above you would open their account to whoever has their password.
            roles.grantable(permissions.of(accountId), admin);
        }
        if (!resettable(accountId)) {
            throw new Refusal("admin.users.twoFactorOff");
        }
        store.removeAll(accountId);
        passkeys.removeAll(accountId);
        sessions.endAll(account, clock.instant());
        audit.byAdmin("admin_reset_two_factor", admin, account, null);
    }

    private List<String> newRecoveryCodes(long accountId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            hashes.add(Tokens.sha256Hex(code.toString()));
            codes.add(code.toString().replaceAll("(.{4})(?!$)", "$1-"));
        }
        store.replaceRecoveryCodes(accountId, hashes, clock.instant());
        return codes;
    }

    private static String normalizeRecoveryCode(String code) {
        return code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }

    private void requireEnabled(long accountId) {
        if (!store.enabled(accountId)) {
            throw new Refusal("twoFactor.notEnabled");
        }
    }

    private Setup setup(Account account, String secret) {
        String issuer = site.title() == null || site.title().isBlank() ? "PteroCA" : site.title();
        return new Setup(secret, Totp.otpauthUri(issuer, account.email(), secret));
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).filter(a -> !a.deleted()).orElseThrow(() -> new Refusal("account.unknown"));
    }
}

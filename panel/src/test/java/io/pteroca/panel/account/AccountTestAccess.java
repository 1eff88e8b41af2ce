package io.pteroca.panel.account;

import io.pteroca.panel.shared.Tokens;
import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Lets tests outside this package reach the account internals they check on every database. */
public final class AccountTestAccess {

    private final ApplicationContext context;

    public AccountTestAccess(ApplicationContext context) {
        this.context = context;
    }

    /** Issues a password-reset token for the account and returns it in clear. */
    public String issueResetToken(long accountId) {
        AccountRepository accounts = context.getBean(AccountRepository.class);
        AccountTokens tokens = context.getBean(AccountTokens.class);
        return context.getBean(TransactionTemplate.class).execute(status -> tokens.issue(
                accounts.findById(accountId).orElseThrow(), AccountToken.Purpose.RESET_PASSWORD, null,
                AccountTokens.RESET_VALIDITY));
    }

    public boolean completeReset(String token, String newPassword) {
        return context.getBean(PasswordReset.class).complete(token, newPassword, "127.0.0.1");
    }

    public boolean tokenStoredHashed(String token) {
        return context.getBean(AccountTokenRepository.class).findAll().stream().noneMatch(t -> token.equals(t.newEmail()))
                && context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select count(*) from account_token where token_hash = ?", Integer.class, Tokens.sha256Hex(token)) == 1;
    }

    public void softDelete(long accountId) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                context.getBean(AccountRepository.class).findById(accountId).orElseThrow().softDelete(Instant.now()));
    }

    public long searchCount(String term) {
        return context.getBean(AccountAdministration.class)
                .search(term, org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements();
    }

    public AccountView register(String email) {
        RegistrationForm form = new RegistrationForm();
        form.setEmail(email);
        form.setFirstName("Race");
        form.setLastName("Condition");
        form.setPassword("parallel secret");
        form.setAcceptTerms(true);
        return context.getBean(Registration.class).register(form, "en", "127.0.0.1");
    }

    /** Turns two-factor on for the account as its two-factor page would; returns the secret, for codes later. */
    public String enableTwoFactor(long accountId) {
        TwoFactor twoFactor = context.getBean(TwoFactor.class);
        String secret = twoFactor.startSetup(accountId).secret();
        twoFactor.confirmSetup(accountId, authenticatorCode(secret, context.getBean(java.time.Clock.class).instant()), "127.0.0.1");
        return secret;
    }

    /** The code an authenticator app shows at this moment for this secret (as the two-factor page prints it). */
    public static String authenticatorCode(String secret, Instant at) {
        return Totp.code(secret.replace(" ", ""), Totp.step(at));
    }
}

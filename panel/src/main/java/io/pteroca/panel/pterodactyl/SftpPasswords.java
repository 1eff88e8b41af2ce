package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * The password an account logs in with over SFTP is its Pterodactyl user's own. A user the panel created has none
 * the customer knows, so the customer sets one here: checked by the panel's password policy, sent to Pterodactyl
 * through the application API ({@code PATCH /users/{id}}, the user's other fields unchanged) and never stored by us.
 * A later change of the panel password sets it again (see {@link AccountLinker}).
 */
@Service
public class SftpPasswords {

    private final Accounts accounts;
    private final PterodactylAccounts pterodactylAccounts;
    private final PterodactylConnection pterodactyl;

    SftpPasswords(Accounts accounts, PterodactylAccounts pterodactylAccounts, PterodactylConnection pterodactyl) {
        this.accounts = accounts;
        this.pterodactylAccounts = pterodactylAccounts;
        this.pterodactyl = pterodactyl;
    }

    /** Refused (400) by the policy or when the two entries differ; 409 while the account has no Pterodactyl user. */
    public void set(long accountId, String password, String confirmation) {
        accounts.passwordProblem(password).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        if (!password.equals(confirmation)) {
            throw new Refusal("password.mismatch");
        }
        int user = pterodactylAccounts.userOf(accountId).orElseThrow(() -> Refusal.conflict("settings.sftpNotLinked"));
        Failures.call(() -> pterodactyl.application().users().update(user, update -> update.withPassword(password)));
    }
}

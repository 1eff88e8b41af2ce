package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.AccountEmailChanged;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.application.model.User;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a linked account's Pterodactyl user on the same e-mail address as the account. The address moves in
 * Pterodactyl first, inside the transaction that moves it here, so a refusal there leaves both as they were; if
 * our side then fails to commit, the Pterodactyl user is moved back. Without this the old address stays taken in
 * Pterodactyl, and whoever registers it next can never get a Pterodactyl user.
 */
@Component
class PterodactylEmails {

    private static final Logger log = LoggerFactory.getLogger(PterodactylEmails.class);

    private final PterodactylConnection pterodactyl;
    private final PterodactylLinkRepository links;
    private final Accounts accounts;

    PterodactylEmails(PterodactylConnection pterodactyl, PterodactylLinkRepository links, Accounts accounts) {
        this.pterodactyl = pterodactyl;
        this.links = links;
        this.accounts = accounts;
    }

    @EventListener
    void moveFirst(AccountEmailChanged changed) {
        linkedUser(changed.accountId()).ifPresent(userId -> {
            try {
                setEmail(userId, changed.newEmail());
            } catch (ValidationException refused) {
                throw Refusal.conflict(refused.errorFor("email").isPresent() ? "account.email.takenInPterodactyl"
                        : "account.email.pterodactylRefused");
            } catch (PterodactylException unreachable) {
                log.warn("Could not move account {} to its new e-mail in Pterodactyl: {}", changed.accountId(),
                        unreachable.getMessage());
                throw Refusal.conflict("account.email.pterodactylUnreachable");
            }
        });
    }

    /** Our side did not commit: the Pterodactyl user goes back to the address the account still has. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void moveBack(AccountEmailChanged changed) {
        linkedUser(changed.accountId()).ifPresent(userId -> {
            try {
                setEmail(userId, changed.oldEmail());
            } catch (PterodactylException e) {
                log.error("Account {} kept {} but its Pterodactyl user may still have {}: {}", changed.accountId(),
                        changed.oldEmail(), changed.newEmail(), e.getMessage());
            }
        });
    }

    /**
     * A way out for an account waiting for a Pterodactyl user because its address is still on the Pterodactyl user
     * of another of our accounts that has moved to another address (before addresses were kept in step): that user
     * gets its account's current address, which frees this one. Returns whether anything changed.
     */
    boolean freeAddressFor(long waitingAccountId) {
        AccountView waiting = accounts.find(waitingAccountId).orElseThrow(() -> new Refusal("pterodactyl.link.unknownAccount"));
        User holder = pterodactyl.application().users().findByEmail(waiting.email())
                .orElseThrow(() -> new Refusal("pterodactyl.link.noSuchUser"));
        PterodactylLink holderLink = links.findByPterodactylUserId((long) holder.id())
                .orElseThrow(() -> new Refusal("pterodactyl.link.holderNotOurs"));
        AccountView holderAccount = accounts.find(holderLink.accountId())
                .filter(account -> !account.email().equalsIgnoreCase(waiting.email()))
                .orElseThrow(() -> new Refusal("pterodactyl.link.holderSameAddress"));
        setEmail(holder.id(), holderAccount.email());
        return true;
    }

    private Optional<Integer> linkedUser(long accountId) {
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED)
                .map(PterodactylLink::pterodactylUserId).map(Long::intValue);
    }

    private void setEmail(int userId, String email) {
        pterodactyl.application().users().update(userId, update -> update.withEmail(email));
    }
}

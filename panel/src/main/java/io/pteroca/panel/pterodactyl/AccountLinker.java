package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.account.AccountPasswordChanged;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.application.model.NewUser;
import io.pteroca.pterodactyl.application.model.User;
import io.pteroca.pterodactyl.client.model.CreatedApiKey;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import io.pteroca.panel.shared.SeparateTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every activated account its own new Pterodactyl user (with {@code external_id}) and a client API key
 * made through the addon. The intent is stored with the activation; the calls run after commit, and what a
 * failure or crash leaves undone is retried by {@link AccountLinking}. A user created without its key is deleted
 * again, and an address Pterodactyl already knows is never linked automatically.
 */
@Service
class AccountLinker {

    static final int MAX_ATTEMPTS = 8;
    static final Duration BACKOFF = Duration.ofMinutes(1);
    /** How long one attempt owns a row, so the job and an after-commit attempt never work on it together. */
    static final Duration LEASE = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(AccountLinker.class);

    private final PterodactylLinkRepository links;
    private final PterodactylConnection pterodactyl;
    private final PterodactylSettings settings;
    private final Accounts accounts;
    private final SecretCipher cipher;
    private final Clock clock;
    /**
     * Each step's record commits at once, between Pterodactyl calls that must not run inside a transaction: callers (the
     * linking work, admin pages, server pages) hold none.
     */
    private final SeparateTransaction ownTransaction;
    /** Until when Pelican is known to lack our plugin: pages do not ask it for a key on every view. */
    private volatile Instant pluginMissingUntil = Instant.MIN;

    AccountLinker(PterodactylLinkRepository links, PterodactylConnection pterodactyl, PterodactylSettings settings,
                  Accounts accounts, SecretCipher cipher, Clock clock, PlatformTransactionManager transactionManager) {
        this.links = links;
        this.pterodactyl = pterodactyl;
        this.settings = settings;
        this.accounts = accounts;
        this.cipher = cipher;
        this.clock = clock;
        this.ownTransaction = new SeparateTransaction(transactionManager);
    }

    /** Sets the same password on the linked Pterodactyl user, so both panels accept the new one. */
    @Async
    @TransactionalEventListener
    void pushPassword(AccountPasswordChanged changed) {
        links.findById(changed.accountId()).filter(l -> l.status() == PterodactylLink.Status.LINKED).ifPresent(link -> {
            try {
                pterodactyl.application().users().update(link.pterodactylUserId().intValue(),
                        update -> update.withPassword(changed.newPassword()));
            } catch (PterodactylException e) {
                log.warn("Could not set the new password of account {} in Pterodactyl: {}", changed.accountId(), e.getMessage());
            }
        });
    }

    /** Tries once, if the account's link is due; returns the status it ended in. */
    PterodactylLink.Status link(long accountId) {
        if (!pterodactyl.configured()) {
            return PterodactylLink.Status.PENDING;
        }
        Instant lease = clock.instant().plus(LEASE).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Optional<PterodactylLink> claimed = claim(accountId, lease);
        if (claimed.isEmpty()) {
            return links.findById(accountId).map(PterodactylLink::status).orElse(PterodactylLink.Status.PENDING);
        }
        Optional<AccountView> account = accounts.find(accountId).filter(a -> !a.deleted() && !a.blocked());
        if (account.isEmpty()) {
            return record(accountId, lease,
                    link -> link.failed("the account is deleted or blocked", clock.instant(), BACKOFF, 1));
        }
        try {
            return createUserAndKey(account.get(), claimed.get().attempts() > 0, lease);
        } catch (PterodactylException e) {
            log.warn("Linking account {} to Pterodactyl failed: {}", accountId, e.getMessage());
            return record(accountId, lease, link -> link.failed(e.getMessage(), clock.instant(), BACKOFF, MAX_ATTEMPTS));
        } catch (DataIntegrityViolationException takenByAnotherAccount) {
            log.error("Pterodactyl answered for account {} with a user another account already has", accountId);
            return record(accountId, lease, link -> link.failed("Pterodactyl returned a user that is already linked to "
                    + "another account (was the Pterodactyl URL changed to another panel?)", clock.instant(), BACKOFF, 1));
        }
    }

    private PterodactylLink.Status createUserAndKey(AccountView account, boolean earlierAttemptMayHaveCreatedIt,
                                                    Instant lease) {
        String externalId = settings.userExternalId(account.id());
        Optional<User> existing = earlierAttemptMayHaveCreatedIt ? ours(externalId, account) : Optional.empty();
        User user;
        if (existing.isPresent()) {
            user = existing.get();
        } else {
            Optional<User> created = createUser(account, externalId);
            if (created.isEmpty()) {
                return record(account.id(), lease, link -> link.needsLinking(
                        "Pterodactyl already has a user with the e-mail " + account.email(), clock.instant()));
            }
            user = created.get();
        }
        CreatedApiKey key;
        try {
            key = pterodactyl.addon().createClientKey(user.id(), "PteroCA", List.of());
        } catch (NotFoundException noPlugin) {
            if (!pterodactyl.pelican()) {
                deleteQuietly(user);
                throw noPlugin;
            }
            // Pelican without our plugin cannot make the user a key: linked without one, their servers are managed
            // with the admin's fallback key if the admin allowed it, else pages say management is unavailable.
            log.error("Pelican has no PteroCA plugin: account {} is linked without a client key", account.id());
            return record(account.id(), lease, link -> link.linked(user.id(), user.username(), null, null, clock.instant()));
        } catch (PterodactylException keyFailed) {
            deleteQuietly(user);
            throw keyFailed;
        }
        String sealed = cipher.encrypt(key.bearerToken());
        return record(account.id(), lease, link -> link.linked(user.id(), user.username(), key.key().identifier(), sealed,
                clock.instant()));
    }

    /** Empty when the address is taken by a user that is not ours. */
    private Optional<User> createUser(AccountView account, String externalId) {
        String username = PterodactylUsernames.fromEmail(account.email());
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return Optional.of(pterodactyl.application().users().create(
                        NewUser.of(account.email(), username, account.firstName(), account.lastName(), externalId)));
            } catch (ValidationException invalid) {
                if (invalid.errorFor("email").isPresent() || invalid.errorFor("external_id").isPresent()) {
                    // Ours from an attempt that crashed before recording it, or someone else's account.
                    Optional<User> ours = ours(externalId, account);
                    if (ours.isPresent()) {
                        return ours;
                    }
                    if (invalid.errorFor("email").isPresent()) {
                        return Optional.empty();
                    }
                }
                if (invalid.errorFor("username").isEmpty() || attempt > 0) {
                    throw invalid;
                }
                username = PterodactylUsernames.withSuffix(username, account.id());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * An admin links an account to the Pterodactyl user that already has its e-mail. Root admins of
     * Pterodactyl only with {@code force}: linking hands their power to whoever holds the panel account.
     */
    void linkExisting(long accountId, boolean force) {
        AccountView account = accounts.find(accountId).filter(a -> !a.deleted())
                .orElseThrow(() -> new Refusal("pterodactyl.link.unknownAccount"));
        if (links.findById(accountId).map(l -> l.status() != PterodactylLink.Status.NEEDS_LINKING).orElse(true)) {
            throw new Refusal("pterodactyl.link.notWaiting");
        }
        User user = pterodactyl.application().users().findByEmail(account.email())
                .orElseThrow(() -> new Refusal("pterodactyl.link.noSuchUser"));
        // A user made by a panel (ours or another installation's) belongs to that panel's account, e.g. a
        // deleted account's or one whose address changed: never hand it to whoever registers the address now.
        if (user.externalId() != null && !user.externalId().isBlank()) {
            throw new Refusal("pterodactyl.link.ownedByAPanel");
        }
        if (links.existsByPterodactylUserId((long) user.id())) {
            throw new Refusal("pterodactyl.link.alreadyLinked");
        }
        if (user.rootAdmin() && !force) {
            throw new Refusal("pterodactyl.link.rootAdmin");
        }
        CreatedApiKey key = pterodactyl.addon().createClientKey(user.id(), "PteroCA", List.of());
        String sealed = cipher.encrypt(key.bearerToken());
        ownTransaction.run(status -> {
            PterodactylLink link = links.findById(accountId).orElseGet(() -> new PterodactylLink(accountId, clock.instant()));
            link.linked(user.id(), user.username(), key.key().identifier(), sealed, clock.instant());
            link.markRootAdmin(user.rootAdmin());
            links.save(link);
        });
    }

    /**
     * Makes the account's Pterodactyl user a root admin, or not. Never automatic: only an admin's explicit,
     * audited decision, because a root admin controls every server of the Pterodactyl panel.
     */
    void setPterodactylAdministrator(long accountId, boolean rootAdmin) {
        PterodactylLink link = links.findById(accountId).filter(l -> l.status() == PterodactylLink.Status.LINKED)
                .orElseThrow(() -> new Refusal("pterodactyl.admin.notLinked"));
        if (pterodactyl.pelican()) {
            // Pelican drops root_admin silently: admin rights are its roles, given in Pelican.
            throw new Refusal("pterodactyl.admin.pelicanRoles");
        }
        pterodactyl.application().users().update(link.pterodactylUserId().intValue(), update -> update.withRootAdmin(rootAdmin));
        ownTransaction.run(status -> links.findById(accountId).orElseThrow().markRootAdmin(rootAdmin));
    }

    /**
     * A customer linked on Pelican while our plugin was missing gets their own key once the plugin answers; empty while
     * it still does not (asked at most once a minute). Another request that stored a key first wins.
     */
    Optional<String> mintMissingKey(long accountId) {
        if (pluginMissingUntil.isAfter(clock.instant())) {
            return Optional.empty();
        }
        PterodactylLink link = links.findById(accountId).filter(l -> l.status() == PterodactylLink.Status.LINKED)
                .orElseThrow();
        // Null: the plugin is still missing. Other failures are thrown as the pages expect them.
        CreatedApiKey key = Failures.call(() -> {
            try {
                return pterodactyl.addon().createClientKey(link.pterodactylUserId().intValue(), "PteroCA", List.of());
            } catch (NotFoundException noPlugin) {
                return null;
            }
        });
        if (key == null) {
            pluginMissingUntil = clock.instant().plus(BACKOFF);
            return Optional.empty();
        }
        String sealed = cipher.encrypt(key.bearerToken());
        String stored = ownTransaction.execute(status -> links.findById(accountId).map(current -> {
            if (current.sealedClientKey() == null) {
                current.linked(current.pterodactylUserId(), current.pterodactylUsername(), key.key().identifier(), sealed,
                        clock.instant());
            }
            return current.sealedClientKey();
        }).orElse(sealed));
        log.info("Account {} got its own Pelican client key now that the PteroCA plugin answers", accountId);
        return Optional.of(cipher.decrypt(stored));
    }

    /** An admin asks for another attempt at a failed link. */
    void retry(long accountId) {
        ownTransaction.run(status -> links.findById(accountId)
                .filter(l -> l.status() == PterodactylLink.Status.FAILED || l.status() == PterodactylLink.Status.NEEDS_LINKING)
                .ifPresent(l -> l.retry(clock.instant())));
    }

    /** Why an admin's link request was refused; the message is a message key. */

    /** The user an earlier attempt made for this account: our external id and the account's e-mail. */
    private Optional<User> ours(String externalId, AccountView account) {
        return pterodactyl.application().users().findByExternalId(externalId)
                .filter(user -> user.email().equalsIgnoreCase(account.email()));
    }

    /** Compensation: a user without its key must not stay behind. */
    private void deleteQuietly(User user) {
        try {
            pterodactyl.application().users().delete(user.id());
        } catch (PterodactylException e) {
            log.error("Could not delete Pterodactyl user {} after its key failed; the next attempt reuses it", user.id(), e);
        }
    }

    private Optional<PterodactylLink> claim(long accountId, Instant lease) {
        try {
            return ownTransaction.execute(status -> links.findById(accountId)
                    .filter(l -> l.status() == PterodactylLink.Status.PENDING)
                    .filter(l -> !l.dueAfter(clock.instant()))
                    .map(l -> {
                        l.lease(lease);
                        return links.saveAndFlush(l);
                    }));
        } catch (OptimisticLockingFailureException anotherAttemptClaimedIt) {
            return Optional.empty();
        }
    }

    /**
     * Writes an attempt's outcome only while the attempt still holds its lease: an admin's explicit link or a
     * later attempt that took over must not be overwritten.
     */
    private PterodactylLink.Status record(long accountId, Instant lease, java.util.function.Consumer<PterodactylLink> change) {
        return ownTransaction.execute(status -> {
            PterodactylLink link = links.findById(accountId).orElseThrow();
            if (link.status() == PterodactylLink.Status.PENDING && link.leasedUntil(lease)) {
                change.accept(link);
            } else {
                log.warn("Attempt for account {} lost its lease; its outcome is not recorded", accountId);
            }
            return link.status();
        });
    }
}

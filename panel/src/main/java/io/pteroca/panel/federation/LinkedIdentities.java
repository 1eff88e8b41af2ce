package io.pteroca.panel.federation;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.ExternalSignIn;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.shared.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which provider identities open which account; linking and unlinking them, audited. */
@Service
class LinkedIdentities {

    private final LinkedIdentityRepository identities;
    private final Accounts accounts;
    private final ExternalSignIn external;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LinkedIdentities(LinkedIdentityRepository identities, Accounts accounts, ExternalSignIn external,
                     ApplicationEventPublisher events, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.external = external;
        this.events = events;
        this.clock = clock;
    }

    /** The account this identity opens; a link to a deleted account is dropped, so the person can start afresh. */
    @Transactional
    public Optional<Long> accountOf(ProviderIdentity identity) {
        Optional<LinkedIdentity> linked = identities.findByProviderAndSubject(identity.provider(), identity.subject());
        if (linked.isPresent() && accounts.find(linked.get().accountId()).map(AccountView::deleted).orElse(true)) {
            identities.delete(linked.get());
            return Optional.empty();
        }
        return linked.map(LinkedIdentity::accountId);
    }

    @Transactional(readOnly = true)
    public List<LinkedIdentity> of(long accountId) {
        return identities.findByAccountIdOrderByCreatedAt(accountId);
    }

    /** Links the identity to the account; refused when it opens another account or the account has this provider already. */
    @Transactional
    public void link(long accountId, ProviderIdentity identity, String ip) {
        Optional<LinkedIdentity> existing = identities.findByProviderAndSubject(identity.provider(), identity.subject());
        if (existing.isPresent()) {
            if (existing.get().accountId() == accountId) {
                return;
            }
            throw Refusal.conflict("signInMethods.linkedElsewhere");
        }
        if (identities.existsByAccountIdAndProvider(accountId, identity.provider())) {
            throw Refusal.conflict("signInMethods.alreadyLinked");
        }
        try {
            identities.saveAndFlush(new LinkedIdentity(identity, accountId, clock.instant()));
        } catch (DataIntegrityViolationException linkedConcurrently) {
            throw Refusal.conflict("signInMethods.linkedElsewhere");
        }
        audit("sign_in_provider_linked", accountId, ip, identity.provider(), identity.email());
    }

    /** Unlinks one of the account's identities, unless it is the account's only way in (no password, no other provider). */
    @Transactional
    public void unlink(long accountId, long identityId, String ip) {
        List<LinkedIdentity> all = identities.lockAllOf(accountId);
        LinkedIdentity identity = all.stream().filter(candidate -> candidate.id() == identityId).findFirst()
                .orElseThrow(() -> Refusal.notFound("signInMethods.notFound"));
        if (!external.hasPassword(accountId) && all.size() <= 1) {
            throw Refusal.conflict("signInMethods.lastWayIn");
        }
        identities.delete(identity);
        audit("sign_in_provider_unlinked", accountId, ip, identity.provider(), identity.email());
    }

    private void audit(String action, long accountId, String ip, Provider provider, String email) {
        String who = accounts.find(accountId).map(AccountView::email).orElse(null);
        events.publishEvent(new AuditEvent(action, accountId, who, null, null, ip,
                provider.id() + (email == null ? "" : " (" + email + ")")));
    }
}

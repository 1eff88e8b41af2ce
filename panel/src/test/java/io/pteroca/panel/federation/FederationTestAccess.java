package io.pteroca.panel.federation;

import org.springframework.context.ApplicationContext;

/** Links and unlinks provider identities for tests outside this package (the engine matrix). */
public final class FederationTestAccess {

    private final LinkedIdentities identities;
    private final LinkedIdentityRepository repository;

    public FederationTestAccess(ApplicationContext context) {
        this.identities = context.getBean(LinkedIdentities.class);
        this.repository = context.getBean(LinkedIdentityRepository.class);
    }

    public void linkOpenIdConnect(long accountId, String subject, String email) {
        identities.link(accountId, new ProviderIdentity(Provider.OIDC, subject, email, true, "Test", "Person"), "127.0.0.1");
    }

    /** Unlinks every identity of the account, through the locking path an unlink takes. */
    public void unlinkAll(long accountId) {
        repository.findByAccountIdOrderByCreatedAt(accountId)
                .forEach(identity -> identities.unlink(accountId, identity.id(), "127.0.0.1"));
    }

    public int linkedTo(long accountId) {
        return repository.findByAccountIdOrderByCreatedAt(accountId).size();
    }
}

package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an owner does with their passkeys on the security page: list, rename and remove them (removal is audited). */
@Service
class Passkeys {

    private final PasskeyCredentials credentials;
    private final AccountAudit audit;

    Passkeys(PasskeyCredentials credentials, AccountAudit audit) {
        this.credentials = credentials;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<PasskeyCredentials.Passkey> list(long accountId) {
        return credentials.list(accountId);
    }

    @Transactional
    void rename(AccountPrincipal owner, long passkeyId, String name) {
        if (!credentials.rename(owner.id(), passkeyId, PasskeyName.of(name))) {
            throw Refusal.notFound("passkeys.notFound");
        }
    }

    @Transactional
    void remove(AccountPrincipal owner, long passkeyId, String ip) {
        PasskeyCredentials.Passkey passkey = credentials.find(owner.id(), passkeyId)
                .orElseThrow(() -> Refusal.notFound("passkeys.notFound"));
        credentials.remove(owner.id(), passkeyId);
        audit.self("passkey_removed", owner.id(), owner.getUsername(), ip, passkey.name());
    }

    /** Notes a passkey just registered through Spring Security's registration endpoint. */
    void registered(AccountPrincipal owner, String name, String ip) {
        audit.self("passkey_registered", owner.id(), owner.getUsername(), ip, name);
    }
}

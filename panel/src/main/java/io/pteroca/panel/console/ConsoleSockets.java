package io.pteroca.panel.console;

import io.pteroca.panel.account.AccountSessionsEnded;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The relays open in this instance, by account, so they close the moment the account's sessions end. */
@Component
class ConsoleSockets {

    private final Map<Long, Set<ConsoleRelay>> byAccount = new ConcurrentHashMap<>();

    void opened(long accountId, ConsoleRelay relay) {
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(relay);
    }

    void closed(long accountId, ConsoleRelay relay) {
        byAccount.computeIfPresent(accountId, (id, relays) -> {
            relays.remove(relay);
            return relays.isEmpty() ? null : relays;
        });
    }

    /** After the commit, so a relay that checks the account in the meantime sees the same answer. */
    @TransactionalEventListener(fallbackExecution = true)
    void sessionsEnded(AccountSessionsEnded ended) {
        Set<ConsoleRelay> relays = byAccount.remove(ended.accountId());
        if (relays != null) {
            relays.forEach(ConsoleRelay::sessionEnded);
        }
    }
}

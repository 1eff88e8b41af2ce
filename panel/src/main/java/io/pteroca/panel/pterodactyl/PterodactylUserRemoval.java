package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.error.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Deletes the Pterodactyl user of a closed account and forgets the link. Idempotent: a user already gone counts as
 * deleted, and a user an unfinished link may have made is found by our external id. Pterodactyl refuses while the
 * user still owns servers, so the caller removes those first.
 */
@Service
public class PterodactylUserRemoval {

    private final PterodactylLinkRepository links;
    private final PterodactylConnection pterodactyl;
    private final PterodactylSettings settings;

    PterodactylUserRemoval(PterodactylLinkRepository links, PterodactylConnection pterodactyl, PterodactylSettings settings) {
        this.links = links;
        this.pterodactyl = pterodactyl;
        this.settings = settings;
    }

    /** Throws a {@link PterodactylFailure} (unreachable, refused) when the user could not be deleted yet. */
    public void remove(long accountId) {
        Optional<PterodactylLink> link = links.findById(accountId);
        if (link.isEmpty()) {
            return;
        }
        Long linked = link.get().pterodactylUserId();
        pterodactyl.withApplicationKey(api -> {
            Optional<Integer> userId = linked != null ? Optional.of(linked.intValue())
                    : api.users().findByExternalId(settings.userExternalId(accountId)).map(user -> user.id());
            userId.ifPresent(id -> {
                try {
                    api.users().delete(id);
                } catch (NotFoundException alreadyGone) {
                    // Deleted by an earlier attempt whose answer never arrived, or by hand in Pterodactyl.
                }
            });
            return null;
        });
        try {
            links.delete(link.get());
        } catch (org.springframework.dao.OptimisticLockingFailureException removedMeanwhile) {
            // A parallel attempt (the sweep and the wake-up after the last server) forgot it first.
        }
    }
}

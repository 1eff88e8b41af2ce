package io.pteroca.panel.pterodactyl;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Which Pterodactyl user belongs to which panel account, as account linking recorded it (no call to Pterodactyl). */
@Service
public class PterodactylAccounts {

    private final PterodactylLinkRepository links;

    PterodactylAccounts(PterodactylLinkRepository links) {
        this.links = links;
    }

    /** The Pterodactyl user of a linked account; empty while linking is still under way. */
    public Optional<Integer> userOf(long accountId) {
        return linked(accountId).map(PterodactylLink::pterodactylUserId).map(Long::intValue);
    }

    /** The Pterodactyl username of a linked account (what SFTP logins start with). */
    public Optional<String> usernameOf(long accountId) {
        return linked(accountId).map(PterodactylLink::pterodactylUsername);
    }

    /** The panel account linked to a Pterodactyl user, if any. */
    public Optional<Long> accountOf(int pterodactylUserId) {
        return links.findByPterodactylUserId((long) pterodactylUserId).map(PterodactylLink::accountId);
    }

    /** The panel account linked to the Pterodactyl user of this username (unique there); empty when unsure. */
    public Optional<Long> accountOfUsername(String username) {
        List<PterodactylLink> linked = username == null ? List.of() : links.findByPterodactylUsername(username).stream()
                .filter(link -> link.status() == PterodactylLink.Status.LINKED).toList();
        return linked.size() == 1 ? Optional.of(linked.get(0).accountId()) : Optional.empty();
    }

    /** The account's link once its user and client key exist. */
    Optional<PterodactylLink> linked(long accountId) {
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED);
    }
}

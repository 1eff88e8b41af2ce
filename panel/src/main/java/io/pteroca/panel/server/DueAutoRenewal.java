package io.pteroca.panel.server;

import io.pteroca.panel.catalog.PriceKind;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Auto-renews one server if its next period is due now: auto-renew on, within the lead time before expiry, under
 * the period's key ({@code auto-<server>-<expiry>}), so however often and by whom it is asked — the lifecycle job,
 * or a payment that just topped up the wallet — a period is paid once, and never after the customer renewed it.
 */
@Component
public class DueAutoRenewal {

    private final GameServerRepository servers;
    private final AutoRenewal autoRenewal;
    private final ServerSettings settings;
    private final Clock clock;

    DueAutoRenewal(GameServerRepository servers, AutoRenewal autoRenewal, ServerSettings settings, Clock clock) {
        this.servers = servers;
        this.autoRenewal = autoRenewal;
        this.settings = settings;
        this.clock = clock;
    }

    /** True when this call paid the period; false when nothing was due or the wallet could not pay it. */
    public boolean renewIfDue(long serverId) {
        GameServer server = servers.findById(serverId).orElse(null);
        if (server == null || !server.autoRenew() || server.endsAtExpiry() || server.expiresAt() == null) {
            return false;
        }
        Instant lead = server.priceKind() == PriceKind.ON_DEMAND ? server.expiresAt() : server.expiresAt().minus(settings.autoRenewLead());
        if (lead.isAfter(clock.instant())) {
            return false;
        }
        return autoRenewal.renewAutomatically(serverId, server.ownerId(), "auto-" + serverId + "-" + server.expiresAt().getEpochSecond());
    }
}

package io.pteroca.pterodactyl;

import io.pteroca.pterodactyl.http.RateLimit;

/**
 * Which panel answers: Pterodactyl 1.11 or Pelican (its fork). The paths, envelopes and error shapes are shared;
 * Pelican has no nests or locations (eggs and nodes carry tags), no user names, {@code limits.oom_killer} instead of
 * {@code oom_disabled}, deploys by node tags, and allows 256 requests a minute on both APIs. Detect it with
 * {@code ApplicationApi.detectDialect()}, never from a key's prefix: Pelican keeps keys migrated from Pterodactyl.
 */
public enum PanelDialect {
    PTERODACTYL(RateLimit.applicationDefault(), RateLimit.clientDefault()),
    PELICAN(RateLimit.perMinute(256), RateLimit.perMinute(256));

    private final RateLimit applicationRateLimit;
    private final RateLimit clientRateLimit;

    PanelDialect(RateLimit applicationRateLimit, RateLimit clientRateLimit) {
        this.applicationRateLimit = applicationRateLimit;
        this.clientRateLimit = clientRateLimit;
    }

    /** The panel's default limit of the application API (and the routes of our addon or plugin). */
    public RateLimit applicationRateLimit() {
        return applicationRateLimit;
    }

    /** The panel's default limit of the client API. */
    public RateLimit clientRateLimit() {
        return clientRateLimit;
    }

    /** Pterodactyl groups eggs in nests and nodes in locations; Pelican tags both instead. */
    public boolean hasNests() {
        return this == PTERODACTYL;
    }
}

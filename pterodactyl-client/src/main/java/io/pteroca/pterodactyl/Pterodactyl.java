package io.pteroca.pterodactyl;

import io.pteroca.pterodactyl.addon.AddonApi;
import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.client.ClientApi;
import io.pteroca.pterodactyl.http.ClientSettings;

/** Entry points. Instances are thread-safe; rate-limit buckets are shared per (panel URL, key) anyway. */
public final class Pterodactyl {

    private Pterodactyl() {
    }

    public static ApplicationApi application(ClientSettings settings) {
        return new ApplicationApi(settings);
    }

    public static ClientApi client(ClientSettings settings) {
        return new ClientApi(settings);
    }

    public static AddonApi addon(ClientSettings settings) {
        return new AddonApi(settings);
    }
}

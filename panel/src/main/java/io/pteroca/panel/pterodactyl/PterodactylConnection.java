package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.PanelDialect;
import io.pteroca.pterodactyl.Pterodactyl;
import io.pteroca.pterodactyl.addon.AddonApi;
import io.pteroca.pterodactyl.client.ClientApi;
import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RateLimit;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds API clients from the current settings, so a changed URL or key applies to the next call. */
@Component
class PterodactylConnection {

    private final PterodactylSettings settings;
    private final PterodactylCallMetrics metrics;
    private final Duration timeout;
    private final RateLimit rateLimit;
    /** One client for every call: each HttpClient has its own threads and connection pool. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * {@code pteroca.pterodactyl.rate-limit} calls per {@code pteroca.pterodactyl.rate-limit-window} is the budget of
     * the application key: Pterodactyl's {@code APP_API_APPLICATION_RATELIMIT}, 240 a minute per user unless its
     * operator changed it.
     */
    PterodactylConnection(PterodactylSettings settings, PterodactylCallMetrics metrics,
                          @Value("${pteroca.pterodactyl.timeout:PT15S}") Duration timeout,
                          @Value("${pteroca.pterodactyl.rate-limit:240}") int rateLimit,
                          @Value("${pteroca.pterodactyl.rate-limit-window:PT1M}") Duration rateLimitWindow) {
        this.settings = settings;
        this.metrics = metrics;
        this.timeout = timeout;
        this.rateLimit = new RateLimit(rateLimit, rateLimitWindow);
    }

    /** The budget this panel keeps under, per minute. */
    int requestsPerMinute() {
        return rateLimit.requestsPerMinute();
    }

    boolean configured() {
        return settings.configured();
    }

    String panelUrl() {
        return settings.url();
    }

    /**
     * Which panel answers: the one an admin forced, else what was detected at this URL, else detected now with one
     * call and remembered. A panel that cannot be asked gives a {@link PterodactylFailure}.
     */
    PanelDialect dialect() {
        return knownDialect().orElseGet(() -> {
            PanelDialect detected = withApplicationKey(ApplicationApi::detectDialect);
            settings.rememberDetected(detected);
            return detected;
        });
    }

    /** The dialect without asking the panel: forced or already detected at this URL. */
    Optional<PanelDialect> knownDialect() {
        return settings.forcedDialect().or(settings::detectedDialect);
    }

    boolean pelican() {
        return dialect() == PanelDialect.PELICAN;
    }

    ApplicationApi application() {
        if (!settings.configured()) {
            throw new PterodactylNotConfiguredException();
        }
        String url = settings.url();
        String key = settings.applicationKey();
        Application current = application;
        if (current == null || !current.url().equals(url) || !current.key().equals(key)) {
            current = new Application(url, key, Pterodactyl.application(clientSettings()));
            application = current;
        }
        return current.api();
    }

    /**
     * The client for the current URL and key, built again only when they change: building one hashes the key to find
     * the shared rate limiter, which cost as much as the call itself at the rate of a mass suspension.
     */
    private volatile Application application;

    private record Application(String url, String key, ApplicationApi api) {
    }

    /** A call with the application key whose failures are {@link PterodactylFailure}s, as the panel outside this package sees them. */
    <T> T withApplicationKey(Function<ApplicationApi, T> call) {
        return Failures.call(() -> call.apply(application()));
    }

    /** The client API as one Pterodactyl user, with that user's key, under the client API's own budget. */
    ClientApi client(String bearerToken) {
        if (!settings.configured()) {
            throw new PterodactylNotConfiguredException();
        }
        return Pterodactyl.client(ClientSettings.builder(settings.url(), bearerToken)
                .connectTimeout(Duration.ofSeconds(5))
                .httpClient(http)
                .requestTimeout(timeout)
                .listener(metrics)
                .rateLimit(dialect().clientRateLimit())
                .build());
    }

    AddonApi addon() {
        return Pterodactyl.addon(clientSettings());
    }

    private ClientSettings clientSettings() {
        if (!settings.configured()) {
            throw new PterodactylNotConfiguredException();
        }
        return ClientSettings.builder(settings.url(), settings.applicationKey())
                .connectTimeout(Duration.ofSeconds(5))
                .httpClient(http)
                .requestTimeout(timeout)
                .listener(metrics)
                .rateLimit(rateLimit)
                .build();
    }

    /** Pterodactyl's URL or application key is not set yet: no retry helps until an admin sets them. */
    static class PterodactylNotConfiguredException extends PterodactylFailure {

        PterodactylNotConfiguredException() {
            super("Pterodactyl is not configured (Settings → Pterodactyl)", null, true);
        }
    }
}

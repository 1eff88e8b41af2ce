package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.error.PanelUnreachableException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.RequestTimeoutException;
import io.pteroca.pterodactyl.error.ServerErrorException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.http.ClientSettings;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creates that survive timeouts and 5xx without duplicating anything: after an unclear failure the
 * object is looked up by its external id and returned if the first attempt did land; only when it
 * is absent is the POST repeated. A repeated POST that hits "external id already taken" (the first
 * attempt landed in the meantime) also resolves by lookup. Without an external id nothing is retried.
 */
final class ExternalIdRecovery {

    private ExternalIdRecovery() {
    }

    static <T> T create(ClientSettings settings, String externalId, Supplier<T> create,
                        Function<String, Optional<T>> lookupByExternalId) {
        int maxAttempts = settings.retryPolicy().maxAttempts();
        for (int attempt = 1; ; attempt++) {
            try {
                return create.get();
            } catch (RequestTimeoutException | PanelUnreachableException | ServerErrorException unclear) {
                if (externalId == null) {
                    throw unclear;
                }
                Optional<T> existing = lookupByExternalId.apply(externalId);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (attempt >= maxAttempts) {
                    throw unclear;
                }
                pause(settings, attempt);
            } catch (ValidationException invalid) {
                if (attempt > 1 && externalId != null && invalid.hasErrorFor("external_id", "unique")) {
                    Optional<T> existing = lookupByExternalId.apply(externalId);
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                }
                throw invalid;
            }
        }
    }

    private static void pause(ClientSettings settings, int attempt) {
        try {
            settings.sleeper().sleep(settings.retryPolicy().backoffAfter(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PterodactylException("interrupted while recovering a create", e);
        }
    }
}

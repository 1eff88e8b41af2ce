package io.pteroca.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.pterodactyl.addon.AddonApi;
import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.client.ClientApi;
import io.pteroca.pterodactyl.client.ClientServersApi.PowerSignal;
import io.pteroca.pterodactyl.client.model.CreatedApiKey;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.RateLimitedException;
import io.pteroca.pterodactyl.error.ServerErrorException;
import io.pteroca.pterodactyl.http.RateLimit;
import io.pteroca.pterodactyl.metrics.CallCounters;
import io.pteroca.pterodactyl.metrics.CallOutcome;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.support.PanelTest;
import io.pteroca.pterodactyl.support.Recordings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AddonAndTransportTest extends PanelTest {

    @Test
    void addonCreateAnswering200GivesUsableKey() {
        AddonApi addon = Pterodactyl.addon(panel.settings(sleeper).build());
        panel.expect("recordings/24-addon-create-client-api-key.json").expect("recordings/25-addon-list-client-api-keys.json")
                .expect("recordings/47-addon-version.json");

        CreatedApiKey key = addon.createClientKey(3, "billing panel key", List.of());

        assertThat(key.bearerToken()).isEqualTo("ptlc_4D4SjYmqPe3REDACTEDxxxxxxxxxxxxxxxxxxxxxxxx").hasSize(48);
        assertThat(key.key().allowedIps()).isEmpty();
        assertThat(addon.listClientKeys(3)).extracting(k -> k.identifier()).containsExactly("ptlc_4D4SjYmqPe3");
        assertThat(addon.version()).isEqualTo("0.1.2");
        assertThat(panel.request(0).json().get("description").asString()).isEqualTo("billing panel key");
    }

    @Test
    void addonCreateAnswering201AlsoWorks() {
        AddonApi addon = Pterodactyl.addon(panel.settings(sleeper).build());
        String body = Recordings.load("recordings/24-addon-create-client-api-key.json").get("body").toString();
        panel.respond(201, body, Map.of("Content-Type", "application/json"));

        assertThat(addon.createClientKey(3, "billing panel key", List.of()).key().identifier()).isEqualTo("ptlc_4D4SjYmqPe3");
    }

    @Test
    void addonDeleteAnswering500IsSuccessWhenTheKeyIsGone() {
        AddonApi addon = Pterodactyl.addon(panel.settings(sleeper).build());
        panel.expect("recordings/40-addon-delete-client-api-key.json").expect("recordings/41-addon-list-admin-keys-after-delete.json");

        addon.deleteClientKey(1, "ptlc_GJPeVgO5UxV");

        assertThat(panel.requests()).hasSize(2);
    }

    @Test
    void addonDeleteAnswering204IsSuccess() {
        AddonApi addon = Pterodactyl.addon(panel.settings(sleeper).build());
        panel.respond(204, null, Map.of());

        addon.deleteClientKey(1, "ptlc_GJPeVgO5UxV");

        assertThat(panel.requests()).hasSize(1);
    }

    @Test
    void addonDeleteAnswering500WhileTheKeyRemainsFails() {
        AddonApi addon = Pterodactyl.addon(panel.settings(sleeper).build());
        panel.serve("recordings/40-addon-delete-client-api-key.json").serve("recordings/39-addon-list-admin-keys-using-nonadmin-client-key.json");

        assertThatThrownBy(() -> addon.deleteClientKey(1, "ptlc_GJPeVgO5UxV")).isInstanceOfSatisfying(ServerErrorException.class,
                e -> assertThat(e.code()).isEqualTo("BadMethodCallException"));
    }

    @Test
    void rateLimitedCallWaitsForRetryAfter() {
        CallCounters counters = new CallCounters();
        ApplicationApi api = Pterodactyl.application(panel.settings(sleeper).listener(counters).build());
        panel.expect("recordings/48-rate-limit-429.json").serve("recordings/09-list-nests.json");

        assertThat(api.nests().page(ListQuery.none()).items()).hasSize(4);

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
        assertThat(counters.count("GET /api/application/nests", CallOutcome.RATE_LIMITED)).isEqualTo(1);
        assertThat(counters.count("GET /api/application/nests", CallOutcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void tooLongRetryAfterIsThrownWithItsDuration() {
        ClientApi client = Pterodactyl.client(panel.settings(sleeper).build());
        panel.expect("recordings-2/031-backup-create-third-throttled.json");

        assertThatThrownBy(() -> client.backups().create("649867d0", new io.pteroca.pterodactyl.client.model.NewBackup("third", null, null)))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(599));
                    assertThat(e.code()).isEqualTo("TooManyRequestsHttpException");
                });
        assertThat(panel.requests()).hasSize(1);
    }

    @Test
    void idempotentGetIsRetriedWithBackoff() {
        CallCounters counters = new CallCounters();
        ClientApi client = Pterodactyl.client(panel.settings(sleeper).listener(counters).build());
        panel.serve("recordings-2/123-resources-wings-unreachable-after-cache-expiry.json")
                .serve("recordings-2/123-resources-wings-unreachable-after-cache-expiry.json")
                .expect("recordings-2/119-resources-fresh.json");

        var usage = client.servers().resources("649867d0");

        assertThat(usage.currentState()).isEqualTo("running");
        assertThat(usage.resources().cpuAbsolute()).isEqualTo(12.5);
        assertThat(usage.resources().memoryBytes()).isEqualTo(268435456L);
        assertThat(usage.resources().uptime()).isEqualTo(10988L);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(counters.count("GET /api/client/servers/{server}/resources", CallOutcome.SERVER_ERROR)).isEqualTo(2);
        assertThat(counters.count("GET /api/client/servers/{server}/resources", CallOutcome.SUCCESS)).isEqualTo(1);
    }

    @Test
    void getGivesUpAfterMaxAttempts() {
        ClientApi client = Pterodactyl.client(panel.settings(sleeper).build());
        for (int i = 0; i < 3; i++) {
            panel.serve("recordings-2/123-resources-wings-unreachable-after-cache-expiry.json");
        }

        assertThatThrownBy(() -> client.servers().resources("649867d0")).isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.status()).isEqualTo(504);
            assertThat(e.code()).isEqualTo("DaemonConnectionException");
        });
        assertThat(panel.requests()).hasSize(3);
    }

    @Test
    void writesAreNeverRetriedBlindly() {
        ClientApi client = Pterodactyl.client(panel.settings(sleeper).build());
        panel.expect("recordings-2/115-command-server-offline.json").expect("recordings-2/121-power-wings-unreachable.json");

        assertThatThrownBy(() -> client.servers().command("649867d0", "say hi")).isInstanceOfSatisfying(ServerErrorException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.detail()).isEqualTo("Server must be online in order to send commands.");
        });
        assertThatThrownBy(() -> client.servers().power("649867d0", PowerSignal.STOP)).isInstanceOfSatisfying(ServerErrorException.class,
                e -> assertThat(e.status()).isEqualTo(504));
        assertThat(panel.requests()).hasSize(2);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void prettyPrintedWireErrorsAreParsed() {
        ApplicationApi api = Pterodactyl.application(panel.settings(sleeper).build());
        panel.respond(404, Recordings.text("fixtures/wire/error-404.json"), Map.of("Content-Type", "application/json"));

        assertThatThrownBy(() -> api.users().get(7)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.detail()).isEqualTo("The requested resource could not be found on the server."));
    }

    @Test
    void limiterIsSharedByClientsOfTheSameUrlAndKey() {
        AtomicLong frozenClock = new AtomicLong();
        var settings = panel.settings(sleeper).rateLimit(RateLimit.perMinute(48)).nanoClock(frozenClock::get).build();
        for (int i = 0; i < 3; i++) {
            panel.serve("recordings/47-addon-version.json");
        }

        Pterodactyl.addon(settings).version();
        Pterodactyl.addon(settings).version();
        assertThat(sleeper.sleeps()).isEmpty();
        Pterodactyl.addon(settings).version();

        assertThat(sleeper.sleeps()).hasSize(1);
        assertThat(sleeper.sleeps().get(0)).isEqualTo(Duration.ofMillis(1_275)); // a burst of two, then 61.2 s / 48 apart
    }
}

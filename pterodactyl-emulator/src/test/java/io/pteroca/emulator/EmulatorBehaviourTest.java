package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.MutableClock;

class EmulatorBehaviourTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(PterodactylEmulator emulator, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rateLimitsPerUserInAFixedWindow() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().clock(clock).applicationRateLimit(2).build().start()) {
            assertThat(get(emulator, "/api/application/users", emulator.applicationKey()).headers()
                    .firstValue("x-ratelimit-remaining")).contains("1");
            get(emulator, "/api/application/users", emulator.applicationKey());
            HttpResponse<String> limited = get(emulator, "/api/application/users", emulator.applicationKey());
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("retry-after")).contains("60");
            assertThat(limited.body()).contains("\"status\":\"429\"");
            clock.advance(java.time.Duration.ofSeconds(61));
            assertThat(get(emulator, "/api/application/users", emulator.applicationKey()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void injectsFaultsAndCountsCalls() throws Exception {
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().build().start()) {
            emulator.faults().add(new FaultInjector.Fault("GET", "/api/application/nests", 503, 0, false, 1));
            assertThat(get(emulator, "/api/application/nests", emulator.applicationKey()).statusCode()).isEqualTo(503);
            assertThat(get(emulator, "/api/application/nests", emulator.applicationKey()).statusCode()).isEqualTo(200);
            assertThat(emulator.counters().get("GET /api/application/nests")).isEqualTo(2);
            HttpResponse<String> counters = get(emulator, "/__emulator/counters", null);
            assertThat(counters.body()).contains("\"GET /api/application/nests\":2");
        }
    }

    @Test
    void unauthenticatedCallsGet401() throws Exception {
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().build().start()) {
            HttpResponse<String> response = get(emulator, "/api/application/users", null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(emulator.applicationKey()).hasSize(48).startsWith("ptla_");
        }
    }
}

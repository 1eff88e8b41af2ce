package io.pteroca.panel.bench;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Registrations through the web form against the emulator: how many Pterodactyl calls each costs and how
 * long the user waits. Run by bench/run (not by ./mvnw verify: the name does not end in Test).
 */
class RegistrationBenchmark extends IntegrationTest {

    private static final int REGISTRATIONS = 30;

    @Test
    void pterodactylCallsPerRegistration() throws InterruptedException {
        settings.set(settings.definition("security.email_verification").orElseThrow(), "disabled");
        List<Long> millis = new ArrayList<>();
        int before = TestPterodactyl.totalCalls();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
            Map<String, String> form = new HashMap<>(Map.of("email", email, "firstName", "Ben", "lastName", "Chmark",
                    "password", "benchmark secret", "acceptTerms", "true"));
            WebSession web = browser();
            web.get("/register");
            long start = System.nanoTime();
            web.post("/register", form);
            millis.add((System.nanoTime() - start) / 1_000_000);
            jdbc.update("DELETE FROM rate_limit_window");
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && jdbc.queryForObject(
                "select count(*) from pterodactyl_account where status = 'PENDING' and attempts = 0", Integer.class) > 0) {
            Thread.sleep(50);
        }
        int calls = TestPterodactyl.totalCalls() - before;
        Collections.sort(millis);
        System.out.println("pterodactyl_calls_per_registration: " + ((double) calls / REGISTRATIONS));
        System.out.println("registration_request_ms_median: " + millis.get(millis.size() / 2));
        System.out.println("registration_request_ms_max: " + millis.get(millis.size() - 1));
        settings.set(settings.definition("security.email_verification").orElseThrow(), "optional");
    }
}

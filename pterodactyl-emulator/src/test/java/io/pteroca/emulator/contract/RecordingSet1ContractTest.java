package io.pteroca.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.EmulatorSettings.AddonMode;
import io.pteroca.emulator.state.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Replays recordings/ (set 1) in order against the emulator in --addon original mode, with the
 * unrecorded steps its README describes, and compares every response that was not withheld.
 */
class RecordingSet1ContractTest {

    private static final String APP = "application key (ptla_, all r/w)";
    private static final String CLIENT = "client key (ptlc_) of the new non-admin user = identifier + meta.secret_token";

    @Test
    void replaysEveryRecordingOfSet1() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:44:50Z"));
        try (PterodactylEmulator emulator = PterodactylEmulator.builder().clock(clock).addonMode(AddonMode.ORIGINAL)
                .panelUrl("http://127.0.0.1:8080").build().start()) {
            // An earlier throw-away run used ids: users start at 3 and servers at 2.
            emulator.state().skipIdsTo("users", 3);
            emulator.state().skipIdsTo("servers", 2);
            Replayer replayer = new Replayer(emulator);
            replayer.keys.put(APP, emulator.applicationKey());
            replayer.keys.put("none", null);
            replayer.keys.put("well-formed but unknown ptla_ key", "ptla_" + "x".repeat(43));
            replayer.keys.put("garbage bearer", "garbage");

            for (String name : Recording.index("recordings")) {
                Recording recording = Recording.load("recordings", name);
                int number = Integer.parseInt(name.substring(0, 2));
                if (number == 18) {
                    // The recorder waited until Wings reported the install done.
                    clock.advance(Duration.ofSeconds(2));
                }
                if (number == 48) {
                    // The application limit was lowered to 3 a minute and the previous window left to expire.
                    emulator.settings().applicationRateLimit = 3;
                    clock.advance(Duration.ofMinutes(2));
                    for (int i = 0; i < 3; i++) {
                        replayer.send("GET", "/api/application/nests", emulator.applicationKey(), null, null);
                    }
                }
                JsonNode actual = replayer.replay(recording);
                if (number == 24) {
                    replayer.keys.put(CLIENT, actual.at("/attributes/identifier").asString() + actual.at("/meta/secret_token").asString());
                }
            }
            assertThat(replayer.replayed).isEqualTo(48);
            assertThat(replayer.compared).isEqualTo(48);
            assertThat(replayer.failures).as("mismatches against set 1 (%d compared)", replayer.compared).isEmpty();
        }
    }
}

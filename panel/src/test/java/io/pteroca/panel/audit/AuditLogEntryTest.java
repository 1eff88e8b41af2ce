package io.pteroca.panel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An action made through an API token ends its details with the token, which a long detail never cuts off. */
class AuditLogEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String CHANNEL = "API token 7 \"deploy-bot\"";

    private static String details(String details, String channel) {
        return new AuditLogEntry(new AuditEvent("admin_deleted_voucher", 1L, "ada@example.test", null, null, "127.0.0.1", details),
                channel, NOW).getDetails();
    }

    @Test
    void theChannelFollowsTheDetails() {
        assertThat(details("voucher 12", CHANNEL)).isEqualTo("voucher 12 (via API token 7 \"deploy-bot\")");
        assertThat(details(null, CHANNEL)).isEqualTo("via API token 7 \"deploy-bot\"");
    }

    @Test
    void withoutAChannelTheDetailsStayAsTheyAre() {
        assertThat(details("voucher 12", null)).isEqualTo("voucher 12");
        assertThat(details(null, null)).isNull();
        assertThat(details("x".repeat(1200), null)).hasSize(1000);
    }

    @Test
    void longDetailsAreShortenedSoTheChannelStillFits() {
        String details = details("x".repeat(1200), CHANNEL);
        assertThat(details).hasSize(1000).endsWith(" (via API token 7 \"deploy-bot\")").startsWith("xxx");
    }
}

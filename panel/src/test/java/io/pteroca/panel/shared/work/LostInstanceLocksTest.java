package io.pteroca.panel.shared.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A panel instance killed in the middle of a sweep leaves its lock in the database. Until that lock runs out no other
 * instance sweeps the kind, so what the dead instance was working on waits: the lock must run out within a minute,
 * not ten (a living sweep keeps extending it).
 */
class LostInstanceLocksTest extends IntegrationTest {

    @Autowired
    DurableWorkRunner work;

    @Test
    void aSweepsLockWouldOutliveAnInstanceKilledMidSweepByAMinuteAtMost() {
        AtomicReference<Duration> heldAhead = new AtomicReference<>();
        DurableWork kind = new DurableWork() {
            @Override
            public String name() {
                return "lost-instance-probe";
            }

            @Override
            public Duration interval() {
                return Duration.ofSeconds(10);
            }

            @Override
            public List<Long> due(Instant now, int limit) {
                // What a kill -9 at this moment would leave behind.
                jdbc.query("SELECT locked_at, lock_until FROM shedlock WHERE name = 'work-lost-instance-probe'", row -> {
                    Timestamp lockedAt = row.getTimestamp(1);
                    Timestamp until = row.getTimestamp(2);
                    heldAhead.set(Duration.between(lockedAt.toInstant(), until.toInstant()));
                });
                return List.of();
            }

            @Override
            public boolean attempt(long id) {
                return false;
            }
        };

        work.sweepLocked(kind);

        assertThat(heldAhead.get()).as("the lock while the sweep runs").isNotNull()
                .isGreaterThanOrEqualTo(Duration.ofSeconds(5)).isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(work.sweeps(kind)).isEqualTo(1);
    }
}

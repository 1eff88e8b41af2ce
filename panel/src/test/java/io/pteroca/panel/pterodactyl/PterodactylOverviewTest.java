package io.pteroca.panel.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.pteroca.panel.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The overview tile checks Pterodactyl once at a time: admins arriving during a check see the last result at once. */
class PterodactylOverviewTest {

    private static final List<ConnectionCheck.Result> REACHABLE =
            List.of(new ConnectionCheck.Result("reachable", ConnectionCheck.Outcome.OK, "ok"));
    private static final List<ConnectionCheck.Result> UNREACHABLE =
            List.of(new ConnectionCheck.Result("reachable", ConnectionCheck.Outcome.FAILED, "down"));

    private final MutableClock clock = new MutableClock();
    private final ConnectionCheck check = mock(ConnectionCheck.class);
    private final PterodactylConnection connection = mock(PterodactylConnection.class);
    private final PterodactylOverview overview = new PterodactylOverview(check, mock(PterodactylCallMetrics.class),
            connection, mock(PterodactylSettings.class), clock);

    @Test
    void aSecondAdminDoesNotWaitForTheCheckAnotherIsRunning() throws Exception {
        when(connection.configured()).thenReturn(true);
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch checkStarted = new CountDownLatch(1);
        CountDownLatch pterodactylAnswers = new CountDownLatch(1);
        when(check.run()).thenAnswer(call -> {
            if (checks.incrementAndGet() == 1) {
                return REACHABLE;
            }
            checkStarted.countDown();
            assertThat(pterodactylAnswers.await(30, TimeUnit.SECONDS)).isTrue();
            return UNREACHABLE;
        });
        assertThat(overview.status().reachable()).as("the first view waits for the first check").isTrue();

        clock.advance(Duration.ofMinutes(2));
        CompletableFuture<PterodactylOverview.Status> slowView = CompletableFuture.supplyAsync(overview::status);
        assertThat(checkStarted.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(overview.status().reachable()).as("shown the last result while the check runs").isTrue();
        assertThat(overview.status().reachable()).isTrue();
        pterodactylAnswers.countDown();

        assertThat(slowView.get(30, TimeUnit.SECONDS).reachable()).as("the view that ran the check shows its result").isFalse();
        assertThat(overview.status().reachable()).isFalse();
        assertThat(checks).as("one check per minute, not one per view").hasValue(2);
    }
}

package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One server's auto-renewal failing in any way — an Error from a plugin, a checked exception thrown past its
 * signature — never keeps the lifecycle from renewing the other servers and running the expiry after them; only the
 * JVM failing (out of memory) ends the run.
 */
class LifecycleFailuresTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    private final GameServerRepository servers = mock(GameServerRepository.class);
    private final DueAutoRenewal renewals = mock(DueAutoRenewal.class);
    private final ExpiryPipeline expiry = mock(ExpiryPipeline.class);
    private final Lifecycle lifecycle;

    LifecycleFailuresTest() {
        ServerSettings settings = mock(ServerSettings.class);
        when(settings.autoRenewLead()).thenReturn(Duration.ofHours(24));
        when(settings.reminderHours()).thenReturn(List.of());
        when(settings.deleteAfter()).thenReturn(Duration.ZERO);
        when(servers.expiringBy(anyCollection(), any(), anyLong(), any())).thenReturn(List.of());
        when(servers.autoRenewingBy(anyCollection(), any(), anyLong(), any())).thenReturn(List.of());
        when(servers.autoRenewingBy(anyCollection(), any(), eq(0L), any())).thenReturn(List.of(1L, 2L, 3L, 4L));
        lifecycle = new Lifecycle(servers, renewals, mock(ServerHistory.class), mock(ServerMails.class), settings,
                mock(ApplicationEventPublisher.class), expiry, mock(TransactionTemplate.class), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anErrorOrACheckedExceptionFromOneRenewalLeavesTheOthersAndTheExpiryToRun() {
        when(renewals.renewIfDue(1L)).thenThrow(new AssertionError("a plugin's assertion"));
        when(renewals.renewIfDue(2L)).thenAnswer(call -> {
            throw new IOException("thrown past the signature by a plugin");
        });
        when(renewals.renewIfDue(3L)).thenThrow(new StackOverflowError());

        lifecycle.runOnce();

        verify(renewals).renewIfDue(4L);
        verify(expiry).run(NOW);
    }

    @Test
    void runningOutOfMemoryEndsTheRun() {
        when(renewals.renewIfDue(1L)).thenThrow(new OutOfMemoryError("test"));

        assertThatThrownBy(lifecycle::runOnce).isInstanceOf(OutOfMemoryError.class);

        verify(renewals, never()).renewIfDue(2L);
        verify(expiry, never()).run(any());
    }
}

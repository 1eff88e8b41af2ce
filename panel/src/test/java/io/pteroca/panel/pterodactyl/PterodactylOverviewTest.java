package io.pteroca.panel.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.pteroca.panel.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview tile checks Pterodactyl once a minute in the background: admins see the last result at once. */
class PterodactylOverviewTest {

    private static final List<ConnectionCheck.Result> REACHABLE =
            List.of(new ConnectionCheck.Result("reachable", ConnectionCheck.Outcome.OK, "ok"));
    private static final List<ConnectionCheck.Result> UNREACHABLE =
            List.of(new ConnectionCheck.Result("reachable", ConnectionCheck.Outcome.FAILED, "down"));

    private final MutableClock clock = new MutableClock();
    private final ConnectionCheck check = mock(ConnectionCheck.class);
    private final PterodactylConnection connection = mock(PterodactylConnection.class);
    private final List<Runnable> background = new ArrayList<>();
    private final PterodactylSettings settings = mock(PterodactylSettings.class);
    private final PterodactylOverview overview = new PterodactylOverview(check, mock(PterodactylCallMetrics.class),
            connection, settings, clock, background::add);

    @Test
    void aStaleResultIsShownWhileOneCheckRunsInTheBackground() {
        when(connection.configured()).thenReturn(true);
        when(check.run()).thenReturn(REACHABLE, UNREACHABLE);
        assertThat(overview.status().reachable()).as("the first view waits for the first check").isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(overview.status().reachable()).as("shown the last result, not kept waiting").isTrue();
        assertThat(overview.status().reachable()).isTrue();
        assertThat(background).as("one check however many admins look").hasSize(1);
        verify(check, times(1)).run();

        background.remove(0).run();
        assertThat(overview.status().reachable()).isFalse();
        assertThat(background).isEmpty();
        verify(check, times(2)).run();
    }

    @Test
    void theFirstCheckStartsWithThePanelAndChangedSettingsAreCheckedBeforeTheNextView() {
        when(connection.configured()).thenReturn(true);
        when(check.run()).thenReturn(UNREACHABLE, REACHABLE);
        overview.checkAhead();
        background.remove(0).run();
        verify(check, times(1)).run();
        assertThat(overview.status().reachable()).isFalse();
        assertThat(background).isEmpty();

        overview.forget();
        assertThat(overview.status().reachable()).as("the new settings' answer, not the old one").isTrue();
        verify(check, times(2)).run();
    }

    @Test
    void aPanelChangedElsewhereIsCheckedBeforeTheNextView() {
        when(connection.configured()).thenReturn(true);
        when(settings.configured()).thenReturn(true);
        when(settings.url()).thenReturn("https://old.example.test");
        when(settings.applicationKey()).thenReturn("old-key");
        when(check.run()).thenReturn(UNREACHABLE, REACHABLE);
        assertThat(overview.status().reachable()).isFalse();

        // Saved on another instance or by a command: this instance was never told.
        when(settings.url()).thenReturn("https://new.example.test");
        assertThat(overview.status().reachable()).as("the new panel's answer, not the old one's").isTrue();
        assertThat(background).isEmpty();
        verify(check, times(2)).run();
    }
}

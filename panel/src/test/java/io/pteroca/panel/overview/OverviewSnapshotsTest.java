package io.pteroca.panel.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverviewSnapshotsTest {

    private final MutableClock clock = new MutableClock();
    private final List<Runnable> background = new ArrayList<>();
    private final CountingOverview overview = new CountingOverview();
    private final OverviewSnapshots snapshots = new OverviewSnapshots(overview, clock, Duration.ofMinutes(1), background::add);

    @Test
    void onlyTheFirstViewWaitsForTheFiguresAndAStaleSnapshotIsRefreshedOnceInTheBackground() {
        OverviewSnapshots.Snapshot first = snapshots.current(Locale.ENGLISH);
        assertThat(overview.computed).isEqualTo(1);
        assertThat(snapshots.current(Locale.ENGLISH)).isSameAs(first);

        clock.advance(Duration.ofSeconds(61));
        assertThat(snapshots.current(Locale.ENGLISH)).as("the admin is not kept waiting").isSameAs(first);
        assertThat(snapshots.current(Locale.ENGLISH)).isSameAs(first);
        assertThat(background).as("one refresh, however many admins look").hasSize(1);
        assertThat(overview.computed).isEqualTo(1);

        background.remove(0).run();
        OverviewSnapshots.Snapshot refreshed = snapshots.current(Locale.ENGLISH);
        assertThat(overview.computed).isEqualTo(2);
        assertThat(refreshed.takenAt()).isAfter(first.takenAt());
        assertThat(background).isEmpty();
        assertThat(snapshots.current(Locale.GERMAN)).as("each language has its own").isNotSameAs(refreshed);
    }

    @Test
    void aFailedRefreshKeepsTheFiguresItHadAndTheNextViewTriesAgain() {
        OverviewSnapshots.Snapshot first = snapshots.current(Locale.ENGLISH);
        clock.advance(Duration.ofMinutes(2));
        overview.failing = true;
        snapshots.current(Locale.ENGLISH);
        background.remove(0).run();

        assertThat(snapshots.current(Locale.ENGLISH)).isSameAs(first);
        assertThat(background).hasSize(1);
        overview.failing = false;
        background.remove(0).run();
        assertThat(snapshots.current(Locale.ENGLISH)).isNotSameAs(first);
    }

    @Test
    void theFiguresAreComputedAheadSoTheFirstViewAfterAStartDoesNotWait() {
        snapshots.computeAhead(List.of(Locale.ENGLISH, Locale.ENGLISH));
        assertThat(background).as("once per language").hasSize(1);
        background.remove(0).run();
        assertThat(overview.computed).isEqualTo(1);

        snapshots.current(Locale.ENGLISH);
        assertThat(overview.computed).as("the view found them").isEqualTo(1);
    }

    /** The figures without a database: counts how often they were gathered. */
    private static final class CountingOverview extends BusinessOverview {
        int computed;
        boolean failing;

        CountingOverview() {
            super(null, null, null, null, null, null, null, null);
        }

        @Override
        Figures figures(Locale locale) {
            if (failing) {
                throw new IllegalStateException("the database is away");
            }
            computed++;
            return null;
        }

        @Override
        Charts charts(Locale locale) {
            return null;
        }
    }
}

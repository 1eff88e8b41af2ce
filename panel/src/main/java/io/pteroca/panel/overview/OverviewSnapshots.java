package io.pteroca.panel.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The overview's figures and charts, computed at most once a minute per language: their aggregate queries take tens of
 * milliseconds over a year of a large business, and admins reload the page far more often than the figures change.
 */
@Component
class OverviewSnapshots {

    record Snapshot(BusinessOverview.Figures figures, BusinessOverview.Charts charts, Instant takenAt) {
    }

    private final BusinessOverview overview;
    private final Clock clock;
    private final Duration refresh;
    private final Map<String, Snapshot> byLanguage = new ConcurrentHashMap<>();

    OverviewSnapshots(BusinessOverview overview, Clock clock, @Value("${pteroca.overview.refresh:PT1M}") Duration refresh) {
        this.overview = overview;
        this.clock = clock;
        this.refresh = refresh;
    }

    Snapshot current(Locale locale) {
        Instant now = clock.instant();
        Snapshot snapshot = byLanguage.get(locale.toLanguageTag());
        if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(refresh)) || now.isBefore(snapshot.takenAt())) {
            snapshot = new Snapshot(overview.figures(locale), overview.charts(locale), now);
            // Admin pages only, in the panel's few languages: the map stays small.
            byLanguage.put(locale.toLanguageTag(), snapshot);
        }
        return snapshot;
    }
}

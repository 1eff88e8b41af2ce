package io.pteroca.panel.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.pteroca.panel.setting.SiteSettings;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The overview's figures and charts, computed at most once a minute per language: their aggregate queries take
 * hundreds of milliseconds over a year of a large business, and admins reload the page far more often than the figures
 * change. Only the first view waits for them; after that a view past the minute gets the figures it has and starts one
 * refresh in the background, so no admin waits for the aggregates (and several admins never compute them at once).
 * The figures in the site's language (and English) are computed as the panel starts serving, so the first admin after
 * a start does not wait either.
 */
@Component
class OverviewSnapshots {

    private static final Logger log = LoggerFactory.getLogger(OverviewSnapshots.class);

    record Snapshot(BusinessOverview.Figures figures, BusinessOverview.Charts charts, Instant takenAt) {
    }

    private final BusinessOverview overview;
    private final Clock clock;
    private final Duration refresh;
    private final TaskExecutor background;
    private final Map<String, Snapshot> byLanguage = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    OverviewSnapshots(BusinessOverview overview, Clock clock, @Value("${pteroca.overview.refresh:PT1M}") Duration refresh,
                      @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.overview = overview;
        this.clock = clock;
        this.refresh = refresh;
        this.background = background;
    }

    @EventListener(ApplicationReadyEvent.class)
    void computeAhead(ApplicationReadyEvent ready) {
        computeAhead(List.of(ready.getApplicationContext().getBean(SiteSettings.class).defaultLocale(), Locale.ENGLISH));
    }

    void computeAhead(Collection<Locale> languages) {
        for (Locale language : new LinkedHashSet<>(languages)) {
            background.execute(() -> {
                try {
                    current(language);
                } catch (RuntimeException e) {
                    log.warn("The overview's figures could not be computed ahead; the first view computes them", e);
                }
            });
        }
    }

    Snapshot current(Locale locale) {
        String language = locale.toLanguageTag();
        Instant now = clock.instant();
        Snapshot snapshot = byLanguage.get(language);
        if (snapshot == null) {
            // The first views of a language wait for one computation, not one each.
            synchronized (this) {
                Snapshot taken = byLanguage.get(language);
                return taken != null ? taken : take(locale);
            }
        }
        if ((!now.isBefore(snapshot.takenAt().plus(refresh)) || now.isBefore(snapshot.takenAt())) && refreshing.add(language)) {
            try {
                background.execute(() -> {
                    try {
                        take(locale);
                    } catch (RuntimeException e) {
                        log.warn("The overview's figures could not be refreshed; the page shows those of {}", snapshot.takenAt(), e);
                    } finally {
                        refreshing.remove(language);
                    }
                });
            } catch (RuntimeException rejected) {
                refreshing.remove(language);
                throw rejected;
            }
        }
        return snapshot;
    }

    private Snapshot take(Locale locale) {
        Instant started = clock.instant();
        Snapshot taken = new Snapshot(overview.figures(locale), overview.charts(locale), started);
        // Admin pages only, in the panel's few languages: the map stays small.
        byLanguage.put(locale.toLanguageTag(), taken);
        return taken;
    }
}

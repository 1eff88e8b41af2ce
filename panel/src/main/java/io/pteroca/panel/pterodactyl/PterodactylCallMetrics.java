package io.pteroca.panel.pterodactyl;

import io.micrometer.core.instrument.MeterRegistry;
import io.pteroca.pterodactyl.metrics.CallEvent;
import io.pteroca.pterodactyl.metrics.CallListener;
import java.time.Clock;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;

/**
 * Counts every call to Pterodactyl as the Micrometer counter {@code pterodactyl.calls} (tags: endpoint,
 * outcome), and remembers the last minute's calls for the admin overview.
 */
@Component
class PterodactylCallMetrics implements CallListener {

    private final MeterRegistry registry;
    private final Clock clock;
    private final ConcurrentLinkedDeque<Long> lastMinute = new ConcurrentLinkedDeque<>();

    PterodactylCallMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void onCall(CallEvent event) {
        registry.counter("pterodactyl.calls", "endpoint", event.endpoint(), "outcome", event.outcome().name()).increment();
        long now = clock.millis();
        lastMinute.addLast(now);
        forgetOlderThanAMinute(now);
    }

    int callsInTheLastMinute() {
        forgetOlderThanAMinute(clock.millis());
        return lastMinute.size();
    }

    private void forgetOlderThanAMinute(long now) {
        Long oldest;
        while ((oldest = lastMinute.peekFirst()) != null && oldest < now - 60_000) {
            lastMinute.pollFirst();
        }
    }
}

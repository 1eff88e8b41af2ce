package io.pteroca.pterodactyl.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** In-memory call counts per endpoint and outcome. */
public final class CallCounters implements CallListener {

    public record Key(String endpoint, CallOutcome outcome) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void onCall(CallEvent event) {
        counts.computeIfAbsent(new Key(event.endpoint(), event.outcome()), key -> new LongAdder()).increment();
    }

    public long count(String endpoint, CallOutcome outcome) {
        LongAdder adder = counts.get(new Key(endpoint, outcome));
        return adder == null ? 0 : adder.sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** A sorted copy, e.g. for logging: {@code "GET /api/client SUCCESS" -> 3}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> copy.put(key.endpoint() + " " + key.outcome(), adder.sum()));
        return copy;
    }
}

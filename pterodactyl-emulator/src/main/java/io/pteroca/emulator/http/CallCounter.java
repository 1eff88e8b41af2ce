package io.pteroca.emulator.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls per endpoint, keyed "METHOD /route/{template}" (or the raw path when no route matched). */
public final class CallCounter {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    public void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    public int get(String key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    public Map<String, Integer> snapshot() {
        Map<String, Integer> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    public void reset() {
        counts.clear();
    }
}

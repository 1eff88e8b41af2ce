package io.pteroca.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Faults for paths matching a regular expression: answer a status, add latency, or drop the
 * connection, for the next N matching calls (or forever with times &lt; 0).
 */
public final class FaultInjector {

    /** One configured fault. status 0 means "only latency"; drop closes the connection without an answer. */
    public static final class Fault {
        final String method;
        final Pattern pathPattern;
        final int status;
        final long latencyMillis;
        final boolean drop;
        int remaining;

        public Fault(String method, String pathRegex, int status, long latencyMillis, boolean drop, int times) {
            this.method = method == null || method.isBlank() ? null : method.toUpperCase();
            this.pathPattern = Pattern.compile(pathRegex);
            this.status = status;
            this.latencyMillis = latencyMillis;
            this.drop = drop;
            this.remaining = times;
        }

        public int status() {
            return status;
        }

        public long latencyMillis() {
            return latencyMillis;
        }

        public boolean drop() {
            return drop;
        }
    }

    private final List<Fault> faults = new ArrayList<>();

    public synchronized void add(Fault fault) {
        faults.add(fault);
    }

    public synchronized void clear() {
        faults.clear();
    }

    /** The fault that applies to this call, consuming one of its uses; null when none. */
    public synchronized Fault next(String method, String path) {
        for (Fault fault : faults) {
            if (fault.remaining != 0 && (fault.method == null || fault.method.equals(method))
                    && fault.pathPattern.matcher(path).matches()) {
                if (fault.remaining > 0) {
                    fault.remaining--;
                }
                return fault;
            }
        }
        return null;
    }
}

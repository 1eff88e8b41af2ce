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
        final boolean answerLost;
        int remaining;

        public Fault(String method, String pathRegex, int status, long latencyMillis, boolean drop, int times) {
            this(method, pathRegex, status, latencyMillis, drop, false, times);
        }

        private Fault(String method, String pathRegex, int status, long latencyMillis, boolean drop, boolean answerLost,
                      int times) {
            this.answerLost = answerLost;
            this.method = method == null || method.isBlank() ? null : method.toUpperCase();
            this.pathPattern = Pattern.compile(pathRegex);
            this.status = status;
            this.latencyMillis = latencyMillis;
            this.drop = drop;
            this.remaining = times;
        }

        /** The call is carried out, then the connection closes without an answer: a timeout after success. */
        public static Fault answerLost(String method, String pathRegex, int times) {
            return new Fault(method, pathRegex, 0, 0, false, true, times);
        }

        public boolean answerLost() {
            return answerLost;
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

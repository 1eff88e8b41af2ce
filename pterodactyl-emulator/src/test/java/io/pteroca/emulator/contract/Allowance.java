package io.pteroca.emulator.contract;

import java.util.Set;

/**
 * A known, explained difference between a recording and the emulator that a contract test accepts
 * for one recording. Every use must carry a comment saying why.
 *
 * @param listLengths    arrays may hold a different number of items (their items are still compared pairwise)
 * @param statusInstead  a status the emulator answers instead of the recorded one (with an errors body)
 * @param ignoredPaths   JSON paths (as the comparator prints them, e.g. {@code $.attributes.notes}) left uncompared
 */
record Allowance(boolean listLengths, Integer statusInstead, Set<String> ignoredPaths) {

    static final Allowance NONE = new Allowance(false, null, Set.of());

    static Allowance anyListLength() {
        return new Allowance(true, null, Set.of());
    }

    static Allowance statusInstead(int status) {
        return new Allowance(false, status, Set.of());
    }

    static Allowance ignoring(String... paths) {
        return new Allowance(false, null, Set.of(paths));
    }
}

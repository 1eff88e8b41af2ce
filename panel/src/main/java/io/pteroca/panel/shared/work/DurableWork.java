package io.pteroca.panel.shared.work;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Work whose intent is stored in the database in the same transaction as what made it due (a message PENDING in the
 * e-mail log, an account's link PENDING, a server PENDING or DELETING), and which is therefore done at least once:
 * {@link DurableWorkRunner} attempts it right after that commit, and sweeps up whatever a failure, a back-off or a
 * crash left due. Attempts must be idempotent and record their own outcome (done, or due again later).
 */
public interface DurableWork {

    /** Names the kind in logs and in the lock that lets one panel instance at a time sweep it. */
    String name();

    /** How often the sweep looks for what is due. */
    Duration interval();

    /** Ids of items due now, oldest first, at most {@code limit}. */
    List<Long> due(Instant now, int limit);

    /** One attempt on one item; true when it made progress (false lets a sweep stop early while a service is down). */
    boolean attempt(long id);

    /** How many items of one sweep run side by side (network latency, not CPU, is what they wait for). */
    default int parallelism() {
        return 1;
    }
}

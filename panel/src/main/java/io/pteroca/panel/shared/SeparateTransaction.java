package io.pteroca.panel.shared;

import java.util.function.Consumer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction of its own, for work that must commit whatever becomes of other work (an attempt's outcome, a
 * claimed lease, a counter row), run only where the caller holds no transaction. Nested inside another one it would
 * need a second connection while the caller's holds the first: as many such callers at once as the pool has
 * connections take them all and wait for each other until the pool gives up. So it refuses to start inside a
 * transaction, also in the after-commit phase of one (its connection is not yet given back), instead of suspending
 * it. Work that may run inside a caller's transaction belongs in that transaction or after it, in the background.
 */
public final class SeparateTransaction {

    private final TransactionTemplate template;

    public SeparateTransaction(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T execute(TransactionCallback<T> work) {
        refuseInsideAnother();
        return template.execute(work);
    }

    public void run(Consumer<TransactionStatus> work) {
        refuseInsideAnother();
        template.executeWithoutResult(work);
    }

    private static void refuseInsideAnother() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A separate transaction inside another one would hold a connection while "
                    + "waiting for a second: run this work in the caller's transaction or after it");
        }
    }
}

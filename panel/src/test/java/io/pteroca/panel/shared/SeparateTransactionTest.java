package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A separate transaction never waits for a second connection while its caller's transaction holds one. */
class SeparateTransactionTest {

    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:separate-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    private final SeparateTransaction separate = new SeparateTransaction(transactions);

    @Test
    void runsInATransactionOfItsOwnWhereTheCallerHasNone() {
        Boolean inItsOwn = separate.execute(status -> TransactionSynchronizationManager.isActualTransactionActive()
                && status.isNewTransaction());
        assertThat(inItsOwn).isTrue();
    }

    @Test
    void refusesToStartInsideTheCallersTransaction() {
        AtomicBoolean ran = new AtomicBoolean();
        new TransactionTemplate(transactions).executeWithoutResult(outer ->
                assertThatThrownBy(() -> separate.run(inner -> ran.set(true))).isInstanceOf(IllegalStateException.class));
        assertThat(ran).isFalse();
    }

    /** After the commit the caller's connection is still taken until its transaction is cleaned up. */
    @Test
    void refusesToStartInTheAfterCommitPhaseOfTheCallersTransaction() {
        AtomicBoolean refused = new AtomicBoolean();
        new TransactionTemplate(transactions).executeWithoutResult(outer ->
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        try {
                            separate.run(inner -> { });
                        } catch (IllegalStateException expected) {
                            refused.set(true);
                        }
                    }
                }));
        assertThat(refused).isTrue();
    }
}

package io.pteroca.panel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/** The waiting every other test relies on: awaitIdle returns only after the tasks, and the tasks they started, ended. */
class BackgroundWorkTest extends IntegrationTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor executor;

    @Test
    void awaitIdleReturnsOnlyOnceEveryTaskAndEveryTaskItStartedHasEnded() {
        List<String> done = new CopyOnWriteArrayList<>();
        executor.execute(() -> {
            executor.execute(() -> {
                slowly();
                done.add("started by a task");
            });
            slowly();
            done.add("task");
        });
        BackgroundWork.awaitIdle();
        assertThat(done).containsExactlyInAnyOrder("task", "started by a task");
    }

    /** Without the counting, awaitIdle would return long before this. */
    private static void slowly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

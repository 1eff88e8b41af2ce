package io.pteroca.panel.shared;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once per tick across all panel instances: the lock lives in the shared database. A running job
 * keeps extending its lock, so the lock can be short: an instance that dies while it holds one (killed, or its
 * machine lost) blocks the job for at most {@link #LOCK_AT_MOST} beyond its at-least time, not for ten minutes.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = SchedulerLockConfiguration.LOCK_AT_MOST)
public class SchedulerLockConfiguration {

    /** How long a lock outlives a holder that died; a holder that lives renews it every half of this. */
    public static final String LOCK_AT_MOST = "PT1M";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // Not a bean of its own: a ScheduledExecutorService bean would become the scheduler of every @Scheduled job.
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "lock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        return new KeepAliveLocks(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build(), keepAlive);
    }

    /** Stops its keep-alive thread with the application. */
    static final class KeepAliveLocks extends KeepAliveLockProvider implements DisposableBean {

        private final ScheduledExecutorService keepAlive;

        KeepAliveLocks(JdbcTemplateLockProvider.Configuration configuration, ScheduledExecutorService keepAlive) {
            super(new JdbcTemplateLockProvider(configuration), keepAlive);
            this.keepAlive = keepAlive;
        }

        @Override
        public void destroy() {
            keepAlive.shutdownNow();
        }
    }
}

package io.pteroca.panel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every job that runs once per tick across the instances can take its lock (ShedLock refuses a lock whose maximum is
 * shorter than its minimum: such a job never ran), and a lock left by an instance that died blocks the job for at
 * most a minute beyond its minimum.
 */
class SchedulerLocksTest {

    /** ShedLock's keep-alive extends locks of at least this length only. */
    private static final Duration KEEP_ALIVE_MINIMUM = Duration.ofSeconds(30);

    @Test
    void everyScheduledJobsLockCanBeTakenAndOutlivesALostInstanceByAMinuteAtMost() throws ClassNotFoundException {
        Duration defaultAtMost = Duration.parse(SchedulerLockConfiguration.class.getAnnotation(EnableSchedulerLock.class)
                .defaultLockAtMostFor());
        Duration outlives = Duration.parse(SchedulerLockConfiguration.LOCK_AT_MOST);
        List<String> jobs = new ArrayList<>();
        for (Method method : lockedMethods()) {
            SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
            String job = method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + lock.name() + ")";
            Duration atLeast = lock.lockAtLeastFor().isEmpty() ? Duration.ZERO : Duration.parse(lock.lockAtLeastFor());
            Duration atMost = lock.lockAtMostFor().isEmpty() ? defaultAtMost : Duration.parse(lock.lockAtMostFor());
            assertThat(atLeast).as(job + ": at least no longer than at most").isLessThanOrEqualTo(atMost);
            assertThat(atMost).as(job + ": long enough to be kept alive").isGreaterThanOrEqualTo(KEEP_ALIVE_MINIMUM);
            assertThat(atMost).as(job + ": a dead holder's lock runs out soon after its minimum")
                    .isLessThanOrEqualTo(atLeast.compareTo(outlives) > 0 ? atLeast : outlives);
            jobs.add(job);
        }
        assertThat(jobs).as("the scan finds the lifecycle, reconciliation and cleanup jobs").hasSizeGreaterThanOrEqualTo(7);
    }

    private static List<Method> lockedMethods() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> methods = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.pteroca.panel")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), SchedulerLocksTest.class.getClassLoader());
            ReflectionUtils.doWithMethods(type, methods::add, method -> method.isAnnotationPresent(SchedulerLock.class));
        }
        return methods;
    }
}

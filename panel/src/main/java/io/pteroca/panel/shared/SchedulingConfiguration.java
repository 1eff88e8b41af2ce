package io.pteroca.panel.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The panel's scheduled jobs (lifecycle, reconciliation, durable work, clean-ups). Shell commands turn them off
 * ({@link CommandLine}): a command borrows the database of a running panel, or fills one (seed-dataset), and must not
 * renew, suspend or e-mail anyone meanwhile.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "pteroca.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}

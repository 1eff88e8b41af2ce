package io.pteroca.panel.pterodactyl;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Calls to Pterodactyl after a commit run on the task executor, never in the visitor's request. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}

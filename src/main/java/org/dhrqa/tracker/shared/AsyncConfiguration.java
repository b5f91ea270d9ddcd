package org.dhrqa.tracker.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other's events after the change that caused them has committed,
 * on a thread of their own ({@code @ApplicationModuleListener}); the event publication
 * registry keeps each event until its reaction has run.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

}

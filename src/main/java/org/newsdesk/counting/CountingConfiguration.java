package org.newsdesk.counting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Counted views reach the database by a scheduled flush, so counting needs Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CountingConfiguration {
}

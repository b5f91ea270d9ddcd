package org.dhrqa.tracker.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Reviews are in England and Wales: "today" and "overdue" follow UK civil time. */
	public static final ZoneId UK = ZoneId.of("Europe/London");

	@Bean
	Clock clock() {
		return Clock.system(UK);
	}

}

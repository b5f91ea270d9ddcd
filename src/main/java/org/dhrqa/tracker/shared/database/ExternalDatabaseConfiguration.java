package org.dhrqa.tracker.shared.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.url")
class ExternalDatabaseConfiguration {

	@Bean
	DatabaseMode databaseMode() {
		return DatabaseMode.EXTERNAL;
	}

}

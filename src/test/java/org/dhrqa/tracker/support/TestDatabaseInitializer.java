package org.dhrqa.tracker.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the {@link TestDatabase}, with the demo data as
 * fixtures.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", database.jdbcUrl(), "spring.datasource.username",
							database.username(), "spring.datasource.password", database.password(), "dhr.demo-data",
							"true")));
	}

}

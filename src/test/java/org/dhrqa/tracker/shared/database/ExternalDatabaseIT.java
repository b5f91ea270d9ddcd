package org.dhrqa.tracker.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.DhrQaTrackerApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.ProviderManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Production configuration: the app pointed at an existing PostgreSQL server with
 * SPRING_DATASOURCE_URL. Uses the server on 127.0.0.1:5432 (a fresh database per run),
 * and skips with a message where none answers.
 */
class ExternalDatabaseIT {

	private static final String SERVER = System.getProperty("dhr.test.external-server",
			"jdbc:postgresql://127.0.0.1:5432/");

	private static final String USER = System.getProperty("dhr.test.external-user", "postgres");

	private static String database;

	@BeforeAll
	static void createDatabase() {
		database = "dhr_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			assumeTrue(false, "Skipped: no PostgreSQL server answers at " + SERVER + " (" + ex.getMessage() + ")");
		}
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (database == null) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
		catch (SQLException ex) {
			// the server went away; nothing to clean
		}
	}

	@Test
	void migratesSeedsNothingAndCreatesTheFirstAdministrator() {
		SpringApplication app = new SpringApplication(DhrQaTrackerApplication.class);
		try (ConfigurableApplicationContext context = app.run("--server.port=0",
				"--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=" + USER,
				"--spring.datasource.password=", "--dhr.admin.email=first.admin@example.gov.uk",
				"--dhr.admin.password=a long first password")) {
			assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
			assertThat(context.getBeansOfType(EmbeddedPostgresDatabase.class)).isEmpty();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isPositive();
			assertThat(jdbc.queryForObject("select count(*) from review", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from csp", Integer.class)).isZero();
			assertThat(jdbc.queryForList("select email from app_user", String.class))
				.containsExactly("first.admin@example.gov.uk");

			DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
					context.getBean(UserDetailsService.class));
			provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
			AuthenticationManager manager = new ProviderManager(provider);
			assertThat(manager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("first.admin@example.gov.uk",
						"a long first password"))
				.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMINISTRATOR");
		}
	}

}

package org.dhrqa.tracker.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.dhrqa.tracker.shared.database.EmbeddedPostgresDatabase;

/**
 * The one switch for tests: a real PostgreSQL from Testcontainers when a Docker engine
 * answers, otherwise the same embedded PostgreSQL 17 the application runs. Never H2,
 * never a mock. One server per test JVM, started on first use and stopped when the JVM
 * exits.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile TestDatabase instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private TestDatabase(String jdbcUrl, String username, String password) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
	}

	public static TestDatabase get() {
		if (instance == null) {
			synchronized (TestDatabase.class) {
				if (instance == null) {
					instance = start();
				}
			}
		}
		return instance;
	}

	private static TestDatabase start() {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			log.info("Tests use PostgreSQL from Testcontainers at {}", container.getJdbcUrl());
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			Path folder = Files.createTempDirectory("dhr-test-db");
			// a throw-away database: no fsync, so that tests stay fast
			EmbeddedPostgresDatabase database = EmbeddedPostgresDatabase.start(folder,
					EmbeddedPostgresDatabase.Durability.FAST_FOR_TESTS);
			Runtime.getRuntime().addShutdownHook(new Thread(database::close));
			log.info("No Docker engine: tests use the embedded PostgreSQL at {}", database.jdbcUrl());
			return new TestDatabase(database.jdbcUrl(), database.username(), database.password());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not create a folder for the test database", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

}

package org.dhrqa.tracker.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dhrqa.tracker.support.TestDatabase;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database migrated before the baseline's comment was reworded starts as before; any
 * other change to an applied migration still stops the start-up.
 */
class FlywayBaselineTests {

	private static final String FIRST_WORDING = "-- The whole domain of DESIGN.md section 4 in one baseline. "
			+ "Later changes are new migrations.";

	@Test
	void aDatabaseMigratedWithTheFirstWordingOfTheBaselineStillStarts(@TempDir Path old) throws Exception {
		String url = freshDatabase();
		Path v1 = old.resolve("V1__domain_schema.sql");
		String current = new ClassPathResource("db/migration/V1__domain_schema.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		Files.writeString(v1, FIRST_WORDING + current.substring(current.indexOf('\n')));
		flyway(url, "filesystem:" + old).migrate();

		Flyway now = flyway(url, "classpath:db/migration");
		new FlywayBaseline().migrateAligningTheRewordedBaseline().migrate(now);

		assertThat(now.info().pending()).isEmpty();
		assertThat(now.validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void anyOtherChangeToAnAppliedMigrationStillStopsTheStart(@TempDir Path old) throws Exception {
		String url = freshDatabase();
		Path v1 = old.resolve("V1__domain_schema.sql");
		String current = new ClassPathResource("db/migration/V1__domain_schema.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		Files.writeString(v1, current + "\n-- something else changed\n");
		flyway(url, "filesystem:" + old).migrate();

		Flyway now = flyway(url, "classpath:db/migration");
		assertThatThrownBy(() -> new FlywayBaseline().migrateAligningTheRewordedBaseline().migrate(now))
			.hasMessageContaining("checksum");
	}

	private static Flyway flyway(String url, String location) {
		TestDatabase database = TestDatabase.get();
		return Flyway.configure().dataSource(url, database.username(), database.password()).locations(location).load();
	}

	private static String freshDatabase() throws SQLException, IOException {
		TestDatabase database = TestDatabase.get();
		String name = "dhr_baseline_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

}

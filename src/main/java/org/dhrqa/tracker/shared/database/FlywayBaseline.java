package org.dhrqa.tracker.shared.database;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations are never edited once applied, with one exception made before the first
 * release: the baseline's opening comment was reworded (it named a document outside the
 * repository). A database migrated with the old wording has only that checksum to align;
 * any other difference still stops the start-up, as Flyway means it to.
 */
@Configuration(proxyBeanMethods = false)
class FlywayBaseline {

	private static final Logger log = LoggerFactory.getLogger(FlywayBaseline.class);

	/** The checksum of V1 as it was first applied. */
	static final int V1_FIRST_WORDING = -2047980282;

	@Bean
	FlywayMigrationStrategy migrateAligningTheRewordedBaseline() {
		return (flyway) -> {
			if (onlyTheBaselineCommentDiffers(flyway)) {
				log.info("Aligning the checksum of migration 1, whose opening comment was reworded");
				flyway.repair();
			}
			flyway.migrate();
		};
	}

	private static boolean onlyTheBaselineCommentDiffers(Flyway flyway) {
		MigrationInfo[] applied = flyway.info().applied();
		if (applied.length == 0 || applied[0].getChecksum() == null || applied[0].getChecksum() != V1_FIRST_WORDING) {
			return false;
		}
		ValidateResult result = flyway.validateWithResult();
		if (result.validationSuccessful || result.invalidMigrations == null) {
			return false;
		}
		Set<String> appliedVersions = Arrays.stream(applied)
			.map((migration) -> migration.getVersion().getVersion())
			.collect(Collectors.toSet());
		// migrations not applied yet are for migrate() to run, not a difference
		List<ValidateOutput> differences = result.invalidMigrations.stream()
			.filter((output) -> appliedVersions.contains(output.version))
			.toList();
		return differences.size() == 1 && "1".equals(differences.get(0).version)
				&& differences.get(0).errorDetails != null
				&& differences.get(0).errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH;
	}

}

package org.dhrqa.tracker.shared.database;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself refuses what the domain never allows, whoever writes to it. */
@IntegrationTest
class SchemaIT {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void stagesOutsideTheLifecycleAreRefused() {
		assertThatThrownBy(
				() -> this.jdbc.update("update review set stage = 'LOST' where reference = 'KM-DHR-2021-03'"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aCspUserMustBelongToACsp() {
		assertThatThrownBy(() -> this.jdbc.update("insert into app_user (email, name, role, password_hash) "
				+ "values ('orphan@example.org', 'Orphan', 'CSP_STAFF', 'x')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void referencesAreUniquePerCspWhateverTheirCase() {
		assertThatThrownBy(() -> this.jdbc.update("insert into review (csp_id, reference, victim_pseudonyms, "
				+ "review_type, stage) select csp_id, lower(reference), 'Copy', 'HOMICIDE', 'NOTIFIED' from review "
				+ "where reference = 'KM-DHR-2021-03'"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void historyCannotBeRewritten() {
		this.jdbc.update("insert into change_history (entity_type, entity_id, field, old_value, new_value, actor_name) "
				+ "values ('review', 1, 'review.field.reference', 'a', 'b', 'Test')");
		assertThatThrownBy(() -> this.jdbc.update("update change_history set new_value = 'forged'"))
			.isInstanceOf(UncategorizedSQLException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from change_history")).hasMessageContaining("append-only");
	}

	@Test
	void theSeedLetterIsIssuedWithItsSevenAreas() {
		assertThat(this.jdbc.queryForList("select i.text from feedback_item i join review r on r.id = i.review_id "
				+ "where r.reference = 'KM-DHR-2021-03' order by i.number", String.class))
			.hasSize(7)
			.first()
			.isEqualTo("In 16.2.7 Ahmed is referred to by another name.");
	}

}

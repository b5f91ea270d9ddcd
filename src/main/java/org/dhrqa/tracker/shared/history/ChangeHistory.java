package org.dhrqa.tracker.shared.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field-level record of every change (who, when, which field, old and new value).
 * Written in the same transaction as the change itself, so a change without history
 * cannot exist; the table refuses updates and deletes.
 */
@Service
public class ChangeHistory {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ChangeHistory(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, long entityId, Long reviewId, Actor actor, List<FieldChange> changes) {
		Timestamp at = Timestamp.from(this.clock.instant());
		for (FieldChange change : changes) {
			this.jdbc.update(
					"insert into change_history (entity_type, entity_id, review_id, field, old_value, new_value, "
							+ "actor_user_id, actor_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					entityType, entityId, reviewId, change.field(), change.oldValue(), change.newValue(),
					actor.userId(), actor.name(), at);
		}
	}

	/** Newest first, one event per save. */
	@Transactional(readOnly = true)
	public List<HistoryEvent> of(String entityType, long entityId) {
		List<Object[]> rows = this.jdbc.query(
				"select changed_at, actor_name, field, old_value, new_value, actor_user_id from change_history "
						+ "where entity_type = ? and entity_id = ? order by changed_at desc, id asc",
				(rs, i) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getString(2),
						new FieldChange(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getObject(6) },
				entityType, entityId);
		List<HistoryEvent> events = new ArrayList<>();
		Instant currentAt = null;
		String currentActor = null;
		List<FieldChange> current = null;
		for (Object[] row : rows) {
			Instant at = (Instant) row[0];
			String actor = (String) row[1];
			if (current == null || !at.equals(currentAt) || !Objects.equals(actor, currentActor)) {
				current = new ArrayList<>();
				events.add(new HistoryEvent(at, actor, current));
				currentAt = at;
				currentActor = actor;
			}
			current.add((FieldChange) row[2]);
		}
		return events;
	}

	/**
	 * The most recent save of a record: who and what, for "someone else changed this"
	 * messages.
	 */
	@Transactional(readOnly = true)
	public HistoryEvent latest(String entityType, long entityId) {
		List<HistoryEvent> all = of(entityType, entityId);
		return all.isEmpty() ? null : all.get(0);
	}

}

package org.dhrqa.tracker.actionplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.actionplan.PlanImport.Row;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Imports between the check and the last batch, in PostgreSQL so that any app node can
 * carry on with them: the job ({@code plan_import}) and its checked rows
 * ({@code plan_import_row}).
 */
@Repository
class PlanImportStore {

	enum Status {

		CHECKED, QUEUED, RUNNING, DONE, FAILED

	}

	record Job(Long id, Long reviewId, Status status, ImportMode mode, String fileName, int rowCount, int actionCount,
			int matchedCount, int nextRow, int added, int updated, int skipped, String failure, Long requestedById,
			String requestedByName, Instant createdAt, Instant finishedAt) {

		Actor requester() {
			return new Actor(this.requestedById, this.requestedByName);
		}

		public boolean waiting() {
			return this.status == Status.QUEUED || this.status == Status.RUNNING;
		}

		/** Out of 100, how far the rows have been applied. */
		public int percent() {
			return (this.rowCount == 0) ? 100 : (int) (100L * this.nextRow / this.rowCount);
		}

	}

	/** A checked row and the action of the plan it matched, if any. */
	record StagedRow(Row row, Long matchedActionId) {

	}

	private static final String JOB_COLUMNS = "id, review_id, status, mode, file_name, row_count, action_count, "
			+ "matched_count, next_row, added, updated, skipped, failure, requested_by_user_id, requested_by_name, "
			+ "created_at, finished_at";

	private final JdbcTemplate jdbc;

	PlanImportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Long stage(Long reviewId, String fileName, List<Row> rows, List<Long> matches, Actor actor, Instant now) {
		long actions = rows.stream().filter((row) -> !row.recommendationOnly()).count();
		long matched = matches.stream().filter((match) -> match != null).count();
		Long id = this.jdbc.queryForObject(
				"insert into plan_import (review_id, status, file_name, row_count, action_count, matched_count, "
						+ "requested_by_user_id, requested_by_name, created_at) values (?, 'CHECKED', ?, ?, ?, ?, ?, ?, ?) "
						+ "returning id",
				Long.class, reviewId, PlanText.shortened(fileName, 255), rows.size(), actions, matched, actor.userId(),
				actor.name(), Timestamp.from(now));
		List<Object[]> values = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			ActionDetails d = row.details();
			values.add(new Object[] { id, i, row.line(), row.recommendationNumber(), row.recommendationText(),
					row.startsRecommendation(), row.scope().name(), row.addressedTo(),
					(d != null) ? d.actionText() : null, (d != null) ? d.leadAgency() : null,
					(d != null) ? d.keyMilestones() : null, (d != null) ? date(d.targetDate()) : null,
					(d != null) ? date(d.completedOn()) : null, (d != null) ? d.completionOutcome() : null,
					(d != null) ? d.status().name() : null, row.statusGiven(), matches.get(i) });
		}
		this.jdbc.batchUpdate("insert into plan_import_row (import_id, idx, line, recommendation_number, "
				+ "recommendation_text, starts_recommendation, scope, addressed_to, action_text, lead_agency, "
				+ "key_milestones, target_date, completed_on, completion_outcome, status, status_given, "
				+ "matched_action_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
		return id;
	}

	Optional<Job> job(Long id) {
		return this.jdbc.query("select " + JOB_COLUMNS + " from plan_import where id = ?", (rs, i) -> job(rs), id)
			.stream()
			.findFirst();
	}

	/** The latest import that was sent to the background, for its progress page. */
	Optional<Job> latestQueued(Long reviewId) {
		return this.jdbc
			.query("select " + JOB_COLUMNS + " from plan_import where review_id = ? and queued_at is not null "
					+ "order by id desc limit 1", (rs, i) -> job(rs), reviewId)
			.stream()
			.findFirst();
	}

	boolean waiting(Long reviewId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from plan_import where review_id = ? and status in ('QUEUED', 'RUNNING'))",
				Boolean.class, reviewId));
	}

	List<StagedRow> rows(Long importId, int from, int count) {
		return this.jdbc.query(
				"select line, recommendation_number, recommendation_text, starts_recommendation, scope, "
						+ "addressed_to, action_text, lead_agency, key_milestones, target_date, completed_on, "
						+ "completion_outcome, status, status_given, matched_action_id from plan_import_row "
						+ "where import_id = ? and idx >= ? order by idx limit ?",
				(rs, i) -> stagedRow(rs), importId, from, count);
	}

	/** The plan changed after the check: the rows now match these actions. */
	void rematched(Long importId, List<Long> matches) {
		List<Object[]> values = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			values.add(new Object[] { matches.get(i), importId, i });
		}
		this.jdbc.batchUpdate("update plan_import_row set matched_action_id = ? where import_id = ? and idx = ?",
				values);
		this.jdbc.update("update plan_import set matched_count = ? where id = ?",
				matches.stream().filter((match) -> match != null).count(), importId);
	}

	void queue(Long importId, ImportMode mode, Instant now) {
		this.jdbc.update("update plan_import set status = 'QUEUED', mode = ?, queued_at = ? where id = ?", mode.name(),
				Timestamp.from(now), importId);
	}

	/**
	 * Claims the oldest waiting import for this transaction; another node's claim skips
	 * it until this transaction ends. Null when nothing waits.
	 */
	Long claimNext() {
		return this.jdbc
			.queryForList("select id from plan_import where status in ('QUEUED', 'RUNNING') order by id limit 1 "
					+ "for update skip locked", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	void progress(Long importId, ImportMode mode, int nextRow, PlanImportApplier.Counts total, Instant now) {
		this.jdbc.update(
				"update plan_import set status = 'RUNNING', mode = ?, next_row = ?, added = ?, updated = ?, skipped = ?, "
						+ "started_at = coalesce(started_at, ?) where id = ?",
				mode.name(), nextRow, total.added(), total.updated(), total.skipped(), Timestamp.from(now), importId);
	}

	/** Done: the counts are kept, the rows are not needed any more. */
	void finish(Long importId, Instant now) {
		this.jdbc.update("update plan_import set status = 'DONE', finished_at = ? where id = ?", Timestamp.from(now),
				importId);
		this.jdbc.update("delete from plan_import_row where import_id = ?", importId);
	}

	void fail(Long importId, String failure, Instant now) {
		this.jdbc.update("update plan_import set status = 'FAILED', failure = ?, finished_at = ? where id = ?",
				PlanText.shortened(failure, 500), Timestamp.from(now), importId);
	}

	/** Checks nobody confirmed are forgotten after a while. */
	int forgetChecksBefore(Instant before) {
		return this.jdbc.update("delete from plan_import where status = 'CHECKED' and created_at < ?",
				Timestamp.from(before));
	}

	private static Job job(ResultSet rs) throws SQLException {
		String mode = rs.getString("mode");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Job(rs.getLong("id"), rs.getLong("review_id"), Status.valueOf(rs.getString("status")),
				(mode != null) ? ImportMode.valueOf(mode) : null, rs.getString("file_name"), rs.getInt("row_count"),
				rs.getInt("action_count"), rs.getInt("matched_count"), rs.getInt("next_row"), rs.getInt("added"),
				rs.getInt("updated"), rs.getInt("skipped"), rs.getString("failure"),
				rs.getObject("requested_by_user_id", Long.class), rs.getString("requested_by_name"),
				rs.getTimestamp("created_at").toInstant(), (finished != null) ? finished.toInstant() : null);
	}

	private static StagedRow stagedRow(ResultSet rs) throws SQLException {
		String status = rs.getString("status");
		ActionDetails details = (status == null) ? null
				: new ActionDetails(rs.getString("action_text"), rs.getString("lead_agency"),
						rs.getString("key_milestones"), localDate(rs.getDate("target_date")),
						localDate(rs.getDate("completed_on")), rs.getString("completion_outcome"),
						ActionStatus.valueOf(status));
		Row row = new Row(rs.getInt("line"), List.of(), rs.getString("recommendation_number"),
				rs.getString("recommendation_text"), rs.getBoolean("starts_recommendation"),
				Scope.valueOf(rs.getString("scope")), rs.getString("addressed_to"), details,
				rs.getBoolean("status_given"));
		return new StagedRow(row, rs.getObject("matched_action_id", Long.class));
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}

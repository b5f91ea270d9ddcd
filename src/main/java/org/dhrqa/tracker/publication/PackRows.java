package org.dhrqa.tracker.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.dhrqa.tracker.report.ReportVersionView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The publication_pack table: each pack assembled, newest last. */
@Component
class PackRows {

	private final JdbcTemplate jdbc;

	PackRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The review a pack belongs to, if the pack exists. */
	Optional<Long> reviewOf(Long packId) {
		return this.jdbc.queryForList("select review_id from publication_pack where id = ?", Long.class, packId)
			.stream()
			.findFirst();
	}

	Long fileOf(Long packId) {
		return this.jdbc.queryForObject("select file_id from publication_pack where id = ?", Long.class, packId);
	}

	Long insert(Long reviewId, Long fileId, long sizeBytes, int pageCount, Long reportVersionId, Long letterId,
			String assembledBy, Instant at) {
		return this.jdbc.queryForObject("insert into publication_pack (review_id, file_id, size_bytes, page_count, "
				+ "report_version_id, letter_id, assembled_by_name, assembled_at) values (?, ?, ?, ?, ?, ?, ?, ?) "
				+ "returning id", Long.class, reviewId, fileId, sizeBytes, pageCount, reportVersionId, letterId,
				assembledBy, Timestamp.from(at));
	}

	/**
	 * The columns of {@link #latestOf(String)}, in order, for a statement that reads the
	 * latest pack with other things.
	 */
	static final int COLUMNS = 7;

	/**
	 * A lateral subquery for the latest pack of the review whose id is {@code reviewId}
	 * (an SQL expression), with {@link #COLUMNS} columns read by {@link #pack}.
	 */
	static String latestOf(String reviewId) {
		return "select p.id, p.size_bytes, p.page_count, p.assembled_at, p.assembled_by_name, "
				+ "p.report_version_id, p.letter_id from publication_pack p " + "where p.review_id = " + reviewId
				+ " order by p.assembled_at desc, p.id desc limit 1";
	}

	/**
	 * The pack in the columns from {@code first} of a row holding {@link #latestOf} (null
	 * when the review has none), marked current only while it was made from today's final
	 * report and current letter.
	 */
	static Readiness.Pack pack(ResultSet rs, int first, Optional<ReportVersionView> finalReport,
			Optional<Long> letterId) throws SQLException {
		Timestamp assembledAt = rs.getTimestamp(first + 3);
		if (assembledAt == null) {
			return null;
		}
		long reportVersionId = rs.getLong(first + 5);
		long packLetterId = rs.getLong(first + 6);
		// a pack made from an earlier report or letter no longer counts
		boolean current = finalReport.map((v) -> v.id() == reportVersionId).orElse(false)
				&& letterId.map((id) -> id == packLetterId).orElse(false);
		return new Readiness.Pack(rs.getLong(first), rs.getLong(first + 1), rs.getInt(first + 2),
				assembledAt.toInstant(), rs.getString(first + 4), current);
	}

	Optional<Readiness.Pack> byId(Long packId) {
		return this.jdbc
			.query("select p.id, p.size_bytes, p.page_count, p.assembled_at, p.assembled_by_name "
					+ "from publication_pack p where p.id = ?",
					(rs, i) -> new Readiness.Pack(rs.getLong(1), rs.getLong(2), rs.getInt(3),
							rs.getTimestamp(4).toInstant(), rs.getString(5), false),
					packId)
			.stream()
			.findFirst();
	}

}

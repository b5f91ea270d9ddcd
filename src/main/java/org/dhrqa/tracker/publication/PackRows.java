package org.dhrqa.tracker.publication;

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
	 * The review's latest pack, marked current only while it was made from today's final
	 * report and current letter.
	 */
	Optional<Readiness.Pack> latest(Long reviewId, Optional<ReportVersionView> finalReport, Optional<Long> letterId) {
		return this.jdbc.query("select p.id, p.size_bytes, p.page_count, p.assembled_at, p.assembled_by_name, "
				+ "p.report_version_id, p.letter_id from publication_pack p "
				+ "where p.review_id = ? order by p.assembled_at desc, p.id desc limit 1", (rs, i) -> {
					long reportVersionId = rs.getLong(6);
					long packLetterId = rs.getLong(7);
					// a pack made from an earlier report or letter no longer counts
					boolean current = finalReport.map((v) -> v.id() == reportVersionId).orElse(false)
							&& letterId.map((id) -> id == packLetterId).orElse(false);
					return new Readiness.Pack(rs.getLong(1), rs.getLong(2), rs.getInt(3),
							rs.getTimestamp(4).toInstant(), rs.getString(5), current);
				}, reviewId)
			.stream()
			.findFirst();
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

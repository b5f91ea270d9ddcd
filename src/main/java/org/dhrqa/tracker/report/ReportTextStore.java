package org.dhrqa.tracker.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report_text queue and the report_paragraph rows, in SQL: claiming work needs
 * {@code FOR UPDATE SKIP LOCKED}, and paragraphs are written in batches.
 */
@Repository
class ReportTextStore {

	/** A claim whose heartbeat is older than this is taken to be dead. */
	static final String LEASE = "2 minutes";

	private static final RowMapper<TextStatus> STATUS = (rs, i) -> new TextStatus(rs.getLong("version_id"),
			TextStatus.State.valueOf(rs.getString("status")), rs.getInt("pages_done"), rs.getInt("page_count"),
			rs.getInt("paragraph_count"), rs.getString("failure_key"));

	private static final RowMapper<ReportParagraph> PARAGRAPH = (rs, i) -> new ReportParagraph(rs.getString("number"),
			rs.getString("title"), rs.getString("text"), rs.getInt("page"), rs.getInt("part"));

	private static final String STATUS_COLUMNS = "version_id, status, pages_done, page_count, paragraph_count, "
			+ "failure_key";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ReportTextStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A version waiting to be read, claimed by one worker. */
	record Claim(Long versionId, Long fileId, int attempts, String token) {

	}

	void enqueue(Long versionId, int pageCount) {
		this.jdbc.update("insert into report_text (version_id, page_count) values (?, ?) on conflict do nothing",
				versionId, pageCount);
	}

	/** Queues any version that has no text row (one written straight into the table). */
	int enqueueMissing() {
		return this.jdbc.update("insert into report_text (version_id, page_count, queued_at) "
				+ "select v.id, v.page_count, v.uploaded_at from report_version v "
				+ "where not exists (select 1 from report_text t where t.version_id = v.id) on conflict do nothing");
	}

	/**
	 * Claims the oldest waiting version (or one whose worker stopped beating). Two nodes
	 * asking at once get different rows: the row is locked with SKIP LOCKED while it is
	 * marked as running.
	 */
	@Transactional
	Optional<Claim> claim(String token) {
		return this.jdbc
			.query("update report_text t set status = 'RUNNING', attempts = t.attempts + 1, "
					+ "claim_token = ?, heartbeat_at = now(), started_at = now(), pages_done = 0 "
					+ "from report_version v where v.id = t.version_id and t.version_id = ("
					+ "select version_id from report_text where status = 'PENDING' or (status = 'RUNNING' "
					+ "and heartbeat_at < now() - interval '" + LEASE + "') order by queued_at, version_id limit 1 "
					+ "for update skip locked) returning t.version_id, v.file_id, t.attempts",
					(rs, i) -> new Claim(rs.getLong(1), rs.getLong(2), rs.getInt(3), token), token)
			.stream()
			.findFirst();
	}

	/**
	 * Records progress, and beats the claim's heart. False when the claim was lost to
	 * another worker, which should then stop.
	 */
	boolean progress(Claim claim, int pagesDone, int pageCount) {
		return this.jdbc.update(
				"update report_text set pages_done = ?, page_count = ?, heartbeat_at = now() "
						+ "where version_id = ? and claim_token = ? and status = 'RUNNING'",
				pagesDone, pageCount, claim.versionId(), claim.token()) == 1;
	}

	/** Keeps the paragraphs and marks the text ready, if the claim still holds. */
	@Transactional
	boolean complete(Claim claim, List<ReportParagraph> paragraphs) {
		int updated = this.jdbc.update(
				"update report_text set status = 'DONE', paragraph_count = ?, "
						+ "pages_done = page_count, finished_at = now(), heartbeat_at = now(), failure_key = null "
						+ "where version_id = ? and claim_token = ? and status = 'RUNNING'",
				paragraphs.size(), claim.versionId(), claim.token());
		if (updated != 1) {
			return false;
		}
		this.jdbc.update("delete from report_paragraph where version_id = ?", claim.versionId());
		this.jdbc.batchUpdate(
				"insert into report_paragraph (version_id, position, number, title, text, page, part) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				IntStream.range(0, paragraphs.size()).boxed().toList(), 500, (statement, position) -> {
					ReportParagraph paragraph = paragraphs.get(position);
					statement.setLong(1, claim.versionId());
					statement.setInt(2, position);
					statement.setString(3, paragraph.number());
					statement.setString(4, paragraph.title());
					statement.setString(5, paragraph.text());
					statement.setInt(6, paragraph.page());
					statement.setInt(7, paragraph.part());
				});
		return true;
	}

	void fail(Claim claim, String failureKey) {
		this.jdbc.update("update report_text set status = 'FAILED', failure_key = ?, finished_at = now() "
				+ "where version_id = ? and claim_token = ?", failureKey, claim.versionId(), claim.token());
	}

	Optional<TextStatus> status(Long versionId) {
		return this.jdbc.query("select " + STATUS_COLUMNS + " from report_text where version_id = ?", STATUS, versionId)
			.stream()
			.findFirst();
	}

	Map<Long, TextStatus> statuses(Collection<Long> versionIds) {
		Map<Long, TextStatus> statuses = new HashMap<>();
		if (versionIds.isEmpty()) {
			return statuses;
		}
		this.named
			.query("select " + STATUS_COLUMNS + " from report_text where version_id in (:ids)",
					new MapSqlParameterSource("ids", versionIds), STATUS)
			.forEach((status) -> statuses.put(status.versionId(), status));
		return statuses;
	}

	List<ReportParagraph> paragraphs(Long versionId) {
		return this.jdbc.query("select number, title, text, page, part from report_paragraph where version_id = ? "
				+ "order by position", PARAGRAPH, versionId);
	}

	/**
	 * The paragraph {@code number} (digits and dots, as {@link ParagraphNumber} reads it,
	 * or empty for the front matter) and its sub-points, in every part of the report.
	 */
	List<ReportParagraph> paragraphsWithin(Long versionId, String number) {
		return this.jdbc.query(
				"select number, title, text, page, part from report_paragraph where version_id = ? "
						+ "and (number = ? or number like ?) order by position",
				PARAGRAPH, versionId, number, number + "(%");
	}

	/** How many paragraphs each part of the report has. */
	Map<Integer, Integer> partSizes(Long versionId) {
		Map<Integer, Integer> sizes = new HashMap<>();
		this.jdbc.query("select part, count(*) from report_paragraph where version_id = ? group by part", (rs) -> {
			sizes.put(rs.getInt(1), rs.getInt(2));
		}, versionId);
		return sizes;
	}

}

package org.dhrqa.tracker.feedback;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.shared.web.RequestMemo;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many feedback items each review has, and how many are still open (not yet accepted
 * by the secretariat). Items of letters not yet issued do not count.
 *
 * One review's figures (by letter for the letters, by status for the hub and for
 * publication readiness, the overdue ones) all come from one {@link Tally}: one
 * statement, read once per page however many sections ask.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackCounts {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	FeedbackCounts(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Counts(int open, int total) {

		public static final Counts NONE = new Counts(0, 0);

	}

	/**
	 * Items of issued letters are exactly those neither draft nor withdrawn (a correction
	 * withdraws the items of the letter it supersedes), so no count needs the letter
	 * table.
	 *
	 * One review's items of issued letters by where they stand: open (not yet accepted,
	 * as {@link #forReviews} counts them), responded (waiting for the secretariat),
	 * accepted, and all of them; {@code notStarted} are still as the letter left them
	 * ({@link FeedbackStatus#OPEN}).
	 */
	public record Breakdown(int open, int responded, int accepted, int total, int notStarted) {

		/** Not accepted yet: {@link FeedbackStatus#isUnresolved()}. */
		public int unresolved() {
			return this.total - this.accepted;
		}

	}

	public Breakdown breakdown(Long reviewId) {
		return tally(reviewId).breakdown();
	}

	/**
	 * A review's items counted by letter and status, with how many of each the CSP has
	 * let go past their due date (waiting for the CSP and due before today), every status
	 * included. Within a page request the first call reads and the others share it.
	 */
	Tally tally(Long reviewId) {
		return RequestMemo.get("feedback-tally", reviewId, this::readTally);
	}

	/**
	 * Asked by review, which keeps PostgreSQL's plan, rather than by the letters' ids; in
	 * SQL rather than JPQL, which Hibernate 7.2 translated afresh on every call with the
	 * date in the select list (decision 27).
	 */
	private Tally readTally(Long reviewId) {
		List<Tally.Row> rows = new ArrayList<>();
		this.jdbc.query("select i.letter_id, i.status, count(*), count(*) filter (where i.due_on < :today "
				+ "and i.status in ('OPEN', 'IN_PROGRESS', 'RETURNED')) from feedback_item i where i.review_id = :id "
				+ "group by i.letter_id, i.status",
				Map.of("id", reviewId, "today", Date.valueOf(LocalDate.now(this.clock))), (rs) -> {
					rows.add(new Tally.Row(rs.getLong(1), FeedbackStatus.valueOf(rs.getString(2)), rs.getLong(3),
							rs.getLong(4)));
				});
		return new Tally(List.copyOf(rows));
	}

	/** One review's items, counted by letter and status (see {@link #tally}). */
	record Tally(List<Row> rows) {

		record Row(long letterId, FeedbackStatus status, long count, long overdue) {

		}

		/** Items of each letter that has any, whatever their status. */
		Map<Long, Long> byLetter() {
			Map<Long, Long> counts = new HashMap<>();
			for (Row row : this.rows) {
				counts.merge(row.letterId(), row.count(), Long::sum);
			}
			return counts;
		}

		/** Live items by status. */
		Map<FeedbackStatus, Long> liveByStatus() {
			Map<FeedbackStatus, Long> counts = new EnumMap<>(FeedbackStatus.class);
			for (Row row : this.rows) {
				if (row.status().isLive()) {
					counts.merge(row.status(), row.count(), Long::sum);
				}
			}
			return counts;
		}

		/** Live items the CSP has let go past their due date. */
		long overdue() {
			return this.rows.stream().filter((row) -> row.status().isLive()).mapToLong(Row::overdue).sum();
		}

		Breakdown breakdown() {
			Map<FeedbackStatus, Long> live = liveByStatus();
			int total = (int) live.values().stream().mapToLong(Long::longValue).sum();
			int accepted = count(live, FeedbackStatus.ACCEPTED);
			return new Breakdown(total - accepted, count(live, FeedbackStatus.RESPONDED), accepted, total,
					count(live, FeedbackStatus.OPEN));
		}

		private static int count(Map<FeedbackStatus, Long> counts, FeedbackStatus status) {
			return counts.getOrDefault(status, 0L).intValue();
		}

	}

	public Map<Long, Counts> forReviews(Collection<Long> reviewIds) {
		Map<Long, Counts> counts = new HashMap<>();
		if (reviewIds.isEmpty()) {
			return counts;
		}
		this.jdbc.query("select i.review_id, count(*) filter (where i.status <> 'ACCEPTED') as open, count(*) as total "
				+ "from feedback_item i where i.status not in ('DRAFT', 'WITHDRAWN') "
				+ "and i.review_id in (:ids) group by i.review_id", Map.of("ids", reviewIds), (rs) -> {
					counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3)));
				});
		return counts;
	}

}

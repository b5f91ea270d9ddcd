package org.dhrqa.tracker.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many feedback items each review has, and how many are still open (not yet accepted
 * by the secretariat). Items of letters not yet issued do not count.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackCounts {

	private final NamedParameterJdbcTemplate jdbc;

	FeedbackCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		return this.jdbc.queryForObject(
				"select count(*) filter (where i.status <> 'ACCEPTED'), count(*) filter (where i.status = 'RESPONDED'), "
						+ "count(*) filter (where i.status = 'ACCEPTED'), count(*), count(*) filter (where i.status = 'OPEN') "
						+ "from feedback_item i where i.status not in ('DRAFT', 'WITHDRAWN') and i.review_id = :id",
				Map.of("id", reviewId),
				(rs, row) -> new Breakdown(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
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

package org.dhrqa.tracker.feedback;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's feedback section counts a review's live items by status, and the overdue
 * ones, in one SQL statement; these are the figures the entities give.
 */
@IntegrationTest
class ItemsHubSectionIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	ItemsHubSection section;

	@Autowired
	FeedbackItemRepository items;

	@Autowired
	FeedbackWork work;

	@Autowired
	FeedbackItems feedbackItems;

	@Autowired
	FeedbackCounts counts;

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void countsEachLiveStatusAndTheOutstandingItemsPastTheirDueDate() {
		SignedInUser kent = new Fixtures(this.context).user(DemoUsers.KENT);
		Long reviewId = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'",
				Long.class);
		LocalDate today = LocalDate.now(this.clock);
		Long open = this.jdbc.queryForObject(
				"select min(id) from feedback_item where review_id = ? and status = 'OPEN'", Long.class, reviewId);
		assertThat(open).as("an open item of the demo review").isNotNull();
		Long answered = this.jdbc.queryForObject("select min(id) from feedback_item where review_id = ? and id <> ?",
				Long.class, reviewId, open);
		Date openDue = dueOn(open);
		Date answeredDue = dueOn(answered);
		String answeredStatus = this.jdbc.queryForObject("select status from feedback_item where id = ?", String.class,
				answered);
		try {
			// an outstanding item past its date counts; an answered one past its date
			// does not
			this.jdbc.update("update feedback_item set due_on = ? where id in (?, ?)", Date.valueOf(today.minusDays(3)),
					open, answered);
			this.jdbc.update("update feedback_item set status = 'RESPONDED' where id = ?", answered);

			ReviewView review = this.reviews.requireVisible(reviewId, kent);
			ItemsHubSection.Data data = (ItemsHubSection.Data) this.section.data(review, kent);

			Map<FeedbackStatus, Long> expected = new EnumMap<>(FeedbackStatus.class);
			long overdue = 0;
			for (FeedbackItem item : this.items.findLiveByReview(reviewId)) {
				expected.merge(item.getStatus(), 1L, Long::sum);
				if (ItemListQuery.WITH_CSP.contains(item.getStatus()) && item.getDueOn() != null
						&& item.getDueOn().isBefore(today)) {
					overdue++;
				}
			}
			assertThat(data.byStatus()).isEqualTo(expected).containsKey(FeedbackStatus.RESPONDED);
			assertThat(data.total()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
			assertThat(data.overdue()).isEqualTo(overdue).isPositive();
			assertThat(this.work.overdueCount(reviewId, kent)).isEqualTo(overdue);

			// the letters' counts and readiness's breakdown come from the same tally
			Map<Long, Long> byLetter = new HashMap<>();
			for (FeedbackItem item : this.items.findAll()) {
				if (item.getReviewId().equals(reviewId)) {
					byLetter.merge(item.getLetterId(), 1L, Long::sum);
				}
			}
			assertThat(this.feedbackItems.countsByLetterOfReview(reviewId)).isEqualTo(byLetter).isNotEmpty();
			long accepted = expected.getOrDefault(FeedbackStatus.ACCEPTED, 0L);
			assertThat(this.counts.breakdown(reviewId)).isEqualTo(new FeedbackCounts.Breakdown(
					(int) (data.total() - accepted), expected.get(FeedbackStatus.RESPONDED).intValue(), (int) accepted,
					data.total(), expected.getOrDefault(FeedbackStatus.OPEN, 0L).intValue()));
		}
		finally {
			this.jdbc.update("update feedback_item set due_on = ? where id = ?", openDue, open);
			this.jdbc.update("update feedback_item set due_on = ?, status = ? where id = ?", answeredDue,
					answeredStatus, answered);
		}
	}

	private Date dueOn(Long id) {
		return this.jdbc.queryForObject("select due_on from feedback_item where id = ?", Date.class, id);
	}

}

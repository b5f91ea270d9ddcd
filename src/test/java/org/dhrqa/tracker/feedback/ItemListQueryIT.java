package org.dhrqa.tracker.feedback;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item lists' statements, built as text from the list and the filter, hold exactly
 * the items the rules name, in the list's order, page after page: checked against SQL
 * written from the rules for every filter the data offers.
 */
@IntegrationTest
class ItemListQueryIT {

	private static final String LIVE = "('OPEN', 'IN_PROGRESS', 'RESPONDED', 'ACCEPTED', 'RETURNED')";

	private static final String WITH_CSP = "('OPEN', 'IN_PROGRESS', 'RETURNED')";

	@Autowired
	ApplicationContext context;

	@Autowired
	ItemLists lists;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aReviewsListHoldsItsLiveItemsForEveryFilterTheDataOffers() {
		SignedInUser secretariat = new Fixtures(this.context).user(DemoUsers.SECRETARIAT);
		LocalDate today = LocalDate.now(this.clock);
		List<Long> reviews = this.jdbc.queryForList(
				"select distinct review_id from feedback_item where status in " + LIVE + " order by 1", Long.class);
		assertThat(reviews).isNotEmpty();
		Long overdue = this.jdbc.queryForObject(
				"select min(id) from feedback_item where status in " + WITH_CSP + " and review_id = ?", Long.class,
				reviews.get(0));
		Date due = this.jdbc.queryForObject("select due_on from feedback_item where id = ?", Date.class, overdue);
		try {
			this.jdbc.update("update feedback_item set due_on = ? where id = ?", Date.valueOf(today.minusDays(1)),
					overdue);
			int checked = 0;
			for (Long review : reviews) {
				String scope = "review_id = " + review + " and status in " + LIVE;
				String order = " order by letter_id desc, number asc";
				for (Object[] filter : filtersOf(scope, today)) {
					ItemFilter itemFilter = (ItemFilter) filter[0];
					assertThat(ids((page) -> this.lists.forReview(review, itemFilter, page, secretariat)))
						.as("review %s, %s", review, itemFilter)
						.isEqualTo(this.jdbc.queryForList(
								"select id from feedback_item where " + scope + filter[1] + order, Long.class));
					checked++;
				}
			}
			assertThat(checked).isGreaterThan(reviews.size() * 3);
			assertThat(ids((page) -> this.lists.forReview(reviews.get(0), new ItemFilter(null, null, null, true, null),
					page, secretariat)))
				.contains(overdue);
		}
		finally {
			this.jdbc.update("update feedback_item set due_on = ? where id = ?", due, overdue);
		}
	}

	@Test
	void theCspListsAndTheSecretariatsListHoldWhatTheirRulesSay() {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		SignedInUser secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		LocalDate today = LocalDate.now(this.clock);
		String due = " order by due_on asc nulls last, id asc";
		String mine = "csp_id = " + kent.cspId() + " and assignee_user_id = " + kent.id()
				+ " and status in ('OPEN', 'IN_PROGRESS', 'RESPONDED', 'RETURNED')";
		for (Object[] filter : filtersOf(mine, today)) {
			assertThat(ids((page) -> this.lists.mine((ItemFilter) filter[0], page, kent))).as("mine, %s", filter[0])
				.isEqualTo(this.jdbc.queryForList("select id from feedback_item where " + mine + filter[1] + due,
						Long.class));
		}
		String unassigned = "csp_id = " + kent.cspId() + " and assignee_user_id is null and status in " + WITH_CSP;
		for (Object[] filter : filtersOf(unassigned, today)) {
			assertThat(ids((page) -> this.lists.unassigned((ItemFilter) filter[0], page, kent)))
				.as("unassigned, %s", filter[0])
				.isEqualTo(this.jdbc.queryForList("select id from feedback_item where " + unassigned + filter[1] + due,
						Long.class));
		}
		String awaiting = "status = 'RESPONDED'";
		for (Object[] filter : filtersOf(awaiting, today)) {
			assertThat(ids((page) -> this.lists.awaitingVerification((ItemFilter) filter[0], page, secretariat)))
				.as("awaiting, %s", filter[0])
				.isEqualTo(this.jdbc.queryForList("select id from feedback_item where " + awaiting + filter[1]
						+ " order by responded_at asc, id asc", Long.class));
		}
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPage() {
		SignedInUser secretariat = new Fixtures(this.context).user(DemoUsers.SECRETARIAT);
		Long review = this.jdbc.queryForObject("select review_id from feedback_item where status in " + LIVE
				+ " group by review_id order by count(*) desc limit 1", Long.class);
		long live = this.jdbc.queryForObject(
				"select count(*) from feedback_item where review_id = ? and status in " + LIVE, Long.class, review);
		Page<ItemRow> beyond = this.lists.forReview(review, ItemFilter.NONE, 999, secretariat);
		assertThat(beyond.getTotalElements()).isEqualTo(live);
		assertThat(beyond.getNumber()).isEqualTo((int) ((live - 1) / ItemLists.PAGE_SIZE));
		assertThat(beyond.getContent()).isNotEmpty();
		Page<ItemRow> nothing = this.lists.forReview(review,
				new ItemFilter(null, FeedbackStatus.RESPONDED, -1L, false, null), 3, secretariat);
		assertThat(nothing.getTotalElements()).isZero();
		assertThat(nothing.getContent()).isEmpty();
	}

	/**
	 * No filter, then each CSP, status, assignee and category the scope's items carry,
	 * overdue only, and a status with a category: the filter and its SQL.
	 */
	private List<Object[]> filtersOf(String scope, LocalDate today) {
		List<Object[]> filters = new ArrayList<>();
		filters.add(new Object[] { ItemFilter.NONE, "" });
		for (Long csp : this.jdbc.queryForList("select distinct csp_id from feedback_item where " + scope,
				Long.class)) {
			filters.add(new Object[] { new ItemFilter(csp, null, null, false, null), " and csp_id = " + csp });
		}
		for (String status : this.jdbc.queryForList("select distinct status from feedback_item where " + scope,
				String.class)) {
			filters.add(new Object[] { new ItemFilter(null, FeedbackStatus.valueOf(status), null, false, null),
					" and status = '" + status + "'" });
			for (String category : this.jdbc.queryForList(
					"select distinct category from feedback_item where " + scope + " and status = ?", String.class,
					status)) {
				filters.add(new Object[] {
						new ItemFilter(null, FeedbackStatus.valueOf(status), null, false,
								FeedbackCategory.valueOf(category)),
						" and status = '" + status + "' and category = '" + category + "'" });
			}
		}
		for (Long assignee : this.jdbc.queryForList(
				"select distinct assignee_user_id from feedback_item where assignee_user_id is not null and " + scope,
				Long.class)) {
			filters.add(new Object[] { new ItemFilter(null, null, assignee, false, null),
					" and assignee_user_id = " + assignee });
		}
		for (String category : this.jdbc.queryForList("select distinct category from feedback_item where " + scope,
				String.class)) {
			filters.add(new Object[] { new ItemFilter(null, null, null, false, FeedbackCategory.valueOf(category)),
					" and category = '" + category + "'" });
		}
		filters.add(new Object[] { new ItemFilter(null, null, null, true, null),
				" and status in " + WITH_CSP + " and due_on < '" + today + "'" });
		return filters;
	}

	/** Every page of a list, one after the other. */
	private static List<Long> ids(IntFunction<Page<ItemRow>> pages) {
		List<Long> ids = new ArrayList<>();
		Page<ItemRow> page = pages.apply(0);
		ids.addAll(ItemLists.ids(page));
		while (page.hasNext()) {
			page = pages.apply(page.getNumber() + 1);
			ids.addAll(ItemLists.ids(page));
		}
		return ids;
	}

}

package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statement budget of the plan's pages: the same number of SQL statements for a plan
 * of two actions as for one of 60 actions with 300 updates (counted with Hibernate's
 * statistics, switched on for the measurement only). An N+1 (a query per action or per
 * update) fails it.
 */
@IntegrationTest
class PlanStatementsIT {

	/** More than this for any plan page would be a page reading row by row. */
	static final long BUDGET = 25;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void switchOn() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void switchOff() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void aPlanPageReadsAsManyStatementsForSixtyActionsAsForTwo() throws Exception {
		Fixtures fixtures = new Fixtures(this.context);
		SignedInUser kent = fixtures.user(DemoUsers.KENT);
		long small = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-SMALL"), "Ada",
				LocalDate.of(2024, 3, 1), kent);
		fixtures.plans.plan(small, 1, 2, 1, kent);
		long large = fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-LARGE"), "Bea",
				LocalDate.of(2024, 3, 1), kent);
		fixtures.plans.plan(large, 6, 10, 5, kent);
		assertThat(fixtures.plans.plan(large, kent).actions()).hasSize(60);
		// the dashboard's reactions to building the plans run on other threads, and would
		// count
		DashboardReadModel.awaitReactions(this.jdbc);

		for (String page : new String[] { "/action-plan", "/action-plan/annex", "/action-plan.csv" }) {
			long smallCount = statements("/reviews/" + small + page, kent);
			long largeCount = statements("/reviews/" + large + page, kent);
			System.out.printf("%s: %d statements for 2 actions, %d for 60 actions and 300 updates%n", page, smallCount,
					largeCount);
			assertThat(largeCount).as(page + " with 60 actions").isEqualTo(smallCount);
			assertThat(smallCount).as(page).isLessThanOrEqualTo(BUDGET);
		}
	}

	/**
	 * The fewest statements the page took in three tries: work that other threads do
	 * meanwhile (event listeners, pollers) can only add to a count.
	 */
	private long statements(String url, SignedInUser person) throws Exception {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			this.statistics.clear();
			this.mvc.perform(get(url).with(user(person))).andExpect(status().isOk());
			fewest = Math.min(fewest, this.statistics.getPrepareStatementCount());
		}
		return fewest;
	}

}

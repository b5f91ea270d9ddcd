package org.dhrqa.tracker.support;

import java.time.Duration;

import org.dhrqa.tracker.dashboard.DashboardRebuild;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the dashboard's read model to catch up: its rows are worked out after each
 * change commits, on the listeners' thread, and at start-up on a thread of their own.
 */
public final class DashboardReadModel {

	private DashboardReadModel() {
	}

	/**
	 * Until no dashboard reaction is still to run (reviews that tests insert with SQL get
	 * no row from an event, so this does not wait for every review).
	 */
	public static void awaitReactions(JdbcTemplate jdbc) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject(
					"select count(*) from event_publication "
							+ "where completion_date is null and listener_id like '%DashboardEvents%'",
					Long.class) == 0);
	}

	/**
	 * Brings the rows of reviews that tests inserted with SQL (which no event announced)
	 * up to date, then waits until every review has a row and no dashboard reaction is
	 * still to run.
	 */
	public static void awaitCurrent(ApplicationContext context) {
		context.getBean(DashboardRebuild.class).bringUpToDate();
		awaitCurrent(context.getBean(JdbcTemplate.class));
	}

	/** Until every review has a row and no dashboard reaction is still to run. */
	public static void awaitCurrent(JdbcTemplate jdbc) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> jdbc.queryForObject("select (select count(*) from event_publication "
					+ "where completion_date is null and listener_id like '%DashboardEvents%') "
					+ "+ (select count(*) from review r where not exists "
					+ "(select 1 from dashboard_row d where d.review_id = r.id))", Long.class) == 0);
	}

}

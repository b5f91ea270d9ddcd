package org.dhrqa.tracker.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.review.Reviews;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the read model up to date where events cannot: at start-up (rows missing after
 * the first migration or a bulk load, or left from an earlier day) and just after
 * midnight (overdue items and actions, drifting actions and the six-month target move
 * with the date). One review per short transaction, so no connection is held for long and
 * the pages keep answering meanwhile.
 */
@Component
public class DashboardRebuild {

	private static final Logger log = LoggerFactory.getLogger(DashboardRebuild.class);

	private final Reviews reviews;

	private final DashboardRowWriter rows;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DashboardRebuild(Reviews reviews, DashboardRowWriter rows, JdbcTemplate jdbc, Clock clock) {
		this.reviews = reviews;
		this.rows = rows;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		Thread thread = new Thread(this::bringUpToDate, "dashboard-rebuild");
		thread.setDaemon(true);
		thread.start();
	}

	@Scheduled(cron = "${dhr.dashboard.refresh-cron:0 5 0 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "dashboard-refresh", lockAtMostFor = "PT2H")
	public void nightly() {
		bringUpToDate();
	}

	/**
	 * Refreshes the planner's statistics of the read model after rows were worked out
	 * again (thousands at once after a bulk load, all of them each night), rather than
	 * waiting for autovacuum: with none, PostgreSQL planned the dashboard's turnaround as
	 * a loop over 20 letters when there were 3,300. A refusal (a database user that does
	 * not own the tables) leaves the statistics to autovacuum.
	 */
	private void analyse() {
		try {
			this.jdbc.execute("analyze dashboard_row, dashboard_letter");
		}
		catch (DataAccessException ex) {
			log.warn("Could not analyse the dashboard's tables: {}", ex.getMessage());
		}
	}

	/**
	 * Works out again every row that is missing or from an earlier day (after a bulk load
	 * made with SQL, say); returns how many.
	 */
	public int bringUpToDate() {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> current = new HashSet<>(this.jdbc.queryForList("select review_id from dashboard_row where as_of >= ?",
				Long.class, Date.valueOf(today)));
		List<Long> stale = this.reviews.allIds().stream().filter((id) -> !current.contains(id)).toList();
		if (stale.isEmpty()) {
			return 0;
		}
		long started = System.nanoTime();
		log.info("Bringing {} dashboard rows up to date", stale.size());
		int done = 0;
		for (Long id : stale) {
			try {
				this.rows.refresh(id);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Could not work out the dashboard row of review {}", id, ex);
			}
			if (done > 0 && done % 500 == 0) {
				log.info("{} of {} dashboard rows up to date", done, stale.size());
			}
		}
		log.info("{} dashboard rows brought up to date in {} ms", done, (System.nanoTime() - started) / 1_000_000);
		if (done > 0) {
			analyse();
		}
		return done;
	}

}

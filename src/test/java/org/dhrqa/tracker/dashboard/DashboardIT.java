package org.dhrqa.tracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCounts;
import org.dhrqa.tracker.publication.Publications;
import org.dhrqa.tracker.publication.Readiness;
import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's read model agrees with the modules that own the rules, follows their
 * events, and is paged, filtered and exported from SQL.
 */
@IntegrationTest
class DashboardIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Publications publications;

	@Autowired
	FeedbackCounts counts;

	@Autowired
	DashboardRowWriter writer;

	@Autowired
	DashboardRebuild rebuild;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser manager;

	SignedInUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.manager = this.fixtures.user(DemoUsers.MANAGER);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		DashboardReadModel.awaitCurrent(this.context);
	}

	@Test
	void everyRowAgreesWithTheReadinessAndCountsOfTheOwningModules() {
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select review_id, readiness_done, readiness_total, open_items, total_items from dashboard_row");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
		for (Map<String, Object> row : rows) {
			Long id = ((Number) row.get("review_id")).longValue();
			Readiness readiness = this.publications.readiness(id, this.manager);
			FeedbackCounts.Counts items = this.counts.forReviews(List.of(id))
				.getOrDefault(id, FeedbackCounts.Counts.NONE);
			assertThat(row).as("review " + id)
				.containsEntry("readiness_done", readiness.done())
				.containsEntry("readiness_total", readiness.total())
				.containsEntry("open_items", items.open())
				.containsEntry("total_items", items.total());
		}
	}

	@Test
	void aResponseToAnItemReachesTheRowThroughTheEvents() {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-DASH"), "Dora",
				LocalDate.of(2023, 1, 9), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2023, 4, 3), this.kent);
		Long letter = this.fixtures.letters.issued(review, LocalDate.of(2023, 5, 17),
				List.of("First area.", "Second area."), this.secretariat);
		DashboardReadModel.awaitCurrent(this.context);
		assertThat(figures(review)).containsEntry("open_items", 2)
			.containsEntry("responded_items", 0)
			.containsEntry("stage", "FEEDBACK_ISSUED");
		assertThat(figures(review).get("letter_outcome")).isNotNull();
		Long item = this.fixtures.letters.view(letter, this.kent).items().get(0).id();
		this.fixtures.items.respond(item, "Done in the revised report.", this.kent);
		DashboardReadModel.awaitCurrent(this.context);
		assertThat(figures(review)).containsEntry("responded_items", 1).containsEntry("total_items", 2);
	}

	@Test
	void aRowFromAnEarlierDayIsWorkedOutAgainAndAMissingOneAdded() {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-STALE"), "Edna",
				LocalDate.of(2024, 1, 9), this.kent);
		DashboardReadModel.awaitCurrent(this.context);
		this.jdbc.update("update dashboard_row set as_of = as_of - 1, overdue_items = 99 where review_id = ?", review);
		assertThat(this.rebuild.bringUpToDate()).isGreaterThanOrEqualTo(1);
		assertThat(figures(review)).containsEntry("overdue_items", 0);
		this.jdbc.update("delete from dashboard_row where review_id = ?", review);
		assertThat(this.rebuild.bringUpToDate()).isGreaterThanOrEqualTo(1);
		assertThat(figures(review)).containsEntry("pseudonym", "Edna");
	}

	/**
	 * The panel turnaround by quarter, worked out here from the read model's letters:
	 * each review's first letter with a meeting date, counted, with the median (halfway
	 * between the middle two, rounded half up) and the longest days from meeting to
	 * letter.
	 */
	@Test
	void theTurnaroundByQuarterIsTheMedianAndLongestOfEachQuartersFirstLetters() {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-TURN"), "Iris",
				LocalDate.of(2024, 1, 9), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), this.kent);
		this.fixtures.letters.issued(review, LocalDate.of(2024, 7, 3), List.of("An area."), this.secretariat);
		DashboardReadModel.awaitCurrent(this.context);
		Map<String, List<Long>> days = new java.util.TreeMap<>();
		this.jdbc.query("select letter_on, letter_on - meeting_on from dashboard_letter "
				+ "where letter_version = 1 and meeting_on is not null", (java.sql.ResultSet rs) -> {
					LocalDate on = rs.getDate(1).toLocalDate();
					days.computeIfAbsent(on.getYear() + " Q" + ((on.getMonthValue() + 2) / 3),
							(k) -> new java.util.ArrayList<>())
						.add(rs.getLong(2));
				});
		List<Dashboard.Turnaround> expected = days.entrySet().stream().map((quarter) -> {
			List<Long> sorted = quarter.getValue().stream().sorted().toList();
			int n = sorted.size();
			double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
			return new Dashboard.Turnaround(quarter.getKey(), n, Math.round(median), sorted.get(n - 1));
		}).toList();

		List<Dashboard.Turnaround> turnaround = this.context.getBean(Dashboard.class)
			.figures(DashboardQuery.all(), this.manager)
			.turnaround();

		assertThat(expected).isNotEmpty();
		assertThat(turnaround).containsExactlyElementsOf(expected);
	}

	/**
	 * After working rows out again the read model's tables are analysed, so that the
	 * planner knows their size even where autovacuum has not got to them yet (it planned
	 * the turnaround as a loop over 20 letters when there were 3,300).
	 */
	@Test
	void bringingRowsUpToDateAnalysesTheReadModel() throws Exception {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-ANALYSE"), "Jo",
				LocalDate.of(2024, 1, 9), this.kent);
		DashboardReadModel.awaitCurrent(this.context);
		java.sql.Timestamp before = this.jdbc.queryForObject("select now()", java.sql.Timestamp.class);
		this.jdbc.update("update dashboard_row set as_of = as_of - 1 where review_id = ?", review);

		assertThat(this.rebuild.bringUpToDate()).isGreaterThanOrEqualTo(1);

		for (String table : new String[] { "dashboard_row", "dashboard_letter" }) {
			java.sql.Timestamp analysed = null;
			for (int i = 0; i < 50 && (analysed == null || analysed.before(before)); i++) {
				this.jdbc.execute("select pg_stat_clear_snapshot()");
				analysed = this.jdbc.queryForObject("select last_analyze from pg_stat_user_tables where relname = ?",
						java.sql.Timestamp.class, table);
				if (analysed == null || analysed.before(before)) {
					Thread.sleep(100);
				}
			}
			assertThat(analysed).as(table).isNotNull().isAfterOrEqualTo(before);
		}
	}

	@Test
	void theTableIsPagedByTwentyFiveAndFilteredInSql() throws Exception {
		for (int i = 0; i < 26; i++) {
			this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-PAGE"), "Page",
					LocalDate.of(2022, 3, 1), this.kent);
		}
		DashboardReadModel.awaitCurrent(this.context);
		Document first = Pages
			.parse(this.mvc.perform(get("/dashboard").with(user(this.manager))).andExpect(status().isOk()).andReturn());
		assertThat(first.select("table:has(caption:containsOwn(Readiness and slippage)) tbody tr")).hasSize(25);
		assertThat(first.select("nav.govuk-pagination a[href*=page=2]")).isNotEmpty();
		long notified = this.jdbc.queryForObject("select count(*) from review where stage = 'NOTIFIED'", Long.class);
		long lastPage = (notified + 24) / 25;
		Document stage = Pages.parse(
				this.mvc
					.perform(get("/dashboard").param("stage", "NOTIFIED")
						.param("page", String.valueOf(lastPage))
						.with(user(this.manager)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(stage.select("table:has(caption:containsOwn(Readiness and slippage)) tbody tr"))
			.hasSize((int) (notified - (lastPage - 1) * 25));
		assertThat(stage.select("table:has(caption:containsOwn(Readiness and slippage)) tbody td:eq(2)").eachText())
			.containsOnly("Notified");
		// nonsense in the query string falls back to "any" and the first page
		this.mvc
			.perform(get("/dashboard").param("stage", "NOPE")
				.param("page", "-3")
				.param("sort", "x")
				.param("slippage", "<b>")
				.with(user(this.manager)))
			.andExpect(status().isOk());
	}

	@Test
	void theCsvHoldsEveryRowAndAFormulaIsExportedAsText() throws Exception {
		String reference = "=HYPERLINK(\"http://x\")" + Fixtures.unique("");
		Long review = this.fixtures.reviews.register(this.kent.cspId(), reference, "Fay", LocalDate.of(2024, 2, 1),
				this.kent);
		DashboardReadModel.awaitCurrent(this.context);
		String csv = this.mvc.perform(get("/dashboard.csv").with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long all = this.jdbc.queryForObject("select count(*) from review", Long.class);
		assertThat(csv.lines().skip(1)).hasSize((int) all);
		String line = csv.lines().filter((l) -> l.startsWith(review + ",")).findFirst().orElseThrow();
		assertThat(line).startsWith(review + ",\"'=HYPERLINK(\"\"http://x\"\")");
	}

	private Map<String, Object> figures(Long review) {
		return this.jdbc.queryForMap("select * from dashboard_row where review_id = ?", review);
	}

}

package org.dhrqa.tracker.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statement budgets: the hub, the item lists, an item and the register send the same
 * number of SQL statements for a review with 30 areas as for one with 60, and for a
 * register with a few more pages of reviews. A page that loops over rows calling the
 * database fails here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementBudgetIT {

	/** Enough for any one page; a page that needs more is doing too much. */
	private static final int BUDGET = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser secretariat;

	Long small;

	Long big;

	@BeforeAll
	void twoReviews() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		// both more than a page of items, so both lists are counted as well as paged
		this.small = reviewWithAreas("Ada", 30, LocalDate.of(2023, 5, 3));
		this.big = reviewWithAreas("Bea", 60, LocalDate.of(2023, 5, 10));
	}

	private Long reviewWithAreas(String victim, int areas, LocalDate meeting) {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-BUDGET"), victim,
				LocalDate.of(2023, 1, 9), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2023, 4, 3), this.kent);
		List<String> texts = new ArrayList<>();
		for (int i = 1; i <= areas; i++) {
			texts.add("Area for development number " + i + ".");
		}
		Long letter = this.fixtures.letters.issued(review, meeting, texts, this.secretariat);
		for (var item : this.fixtures.letters.view(letter, this.kent).items()) {
			this.fixtures.items.respond(item.id(), "Done in the revised report.", this.kent);
		}
		this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2023, 9, 1), this.kent);
		for (int i = 2; i <= areas / 10 + 1; i++) {
			this.fixtures.plans.recommendationWithUpdate(review, String.valueOf(i), LocalDate.of(2023, 9, 1),
					this.kent);
		}
		return review;
	}

	@Test
	void theReviewHubDoesNotGrowWithItsAreasAndActions() throws Exception {
		assertSameCost("/reviews/%d", this.kent);
	}

	@Test
	void theReviewsItemListDoesNotGrowWithItsAreas() throws Exception {
		assertSameCost("/reviews/%d/items", this.kent);
	}

	@Test
	void awaitingVerificationAndMyItemsAreOnePageWhateverTheirLength() throws Exception {
		int awaiting = statements("/items", this.secretariat);
		int mine = statements("/items", this.kent);
		assertThat(awaiting).isLessThanOrEqualTo(BUDGET);
		assertThat(mine).isLessThanOrEqualTo(BUDGET);
	}

	/**
	 * The lists share one template of tables; a fragment named after an element
	 * ({@code :: table}) selected every table in it, so each list was shown twice, the
	 * second time as Awaiting verification's table.
	 */
	@Test
	void eachItemListShowsItsPageOfRowsInOneTable() throws Exception {
		SignedInUser kentManager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		for (Object[] list : new Object[][] { { "/reviews/" + this.small + "/items", this.kent },
				{ "/items", this.secretariat }, { "/items/unassigned", kentManager } }) {
			// (each list has rows here: the two reviews' responded areas, the demo data's
			// unassigned ones)
			Document page = Pages.parse(this.mvc.perform(get((String) list[0]).with(user((SignedInUser) list[1])))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("main table")).as((String) list[0]).hasSize(1);
			// a page of 25 where there are more (the unassigned list has a few)
			assertThat(page.select("main table tbody tr")).as((String) list[0]).hasSizeBetween(1, 25);
		}
	}

	@Test
	void theRegisterCostsTheSameWithMorePagesOfReviews() throws Exception {
		registerMore(30);
		int before = statements("/reviews", this.secretariat);
		registerMore(60);
		int after = statements("/reviews", this.secretariat);
		assertThat(after).isLessThanOrEqualTo(before).isLessThanOrEqualTo(BUDGET);
	}

	/** The issue's target for the dashboard, whatever the number of reviews. */
	private static final int DASHBOARD_BUDGET = 20;

	@Test
	void theDashboardItsCsvTheApiAndHomeCostTheSameWithMoreReviews() throws Exception {
		SignedInUser manager = this.fixtures.user(DemoUsers.MANAGER);
		DashboardReadModel.awaitCurrent(this.context);
		int[] before = pagesOverManyReviews(manager);
		registerMore(60);
		DashboardReadModel.awaitCurrent(this.context);
		int[] after = pagesOverManyReviews(manager);
		String[] names = { "/dashboard", "/dashboard?stage=NOTIFIED&sort=open&page=2", "/dashboard.csv", "/api/reviews",
				"/ (manager)", "/ (CSP)" };
		for (int i = 0; i < names.length; i++) {
			assertThat(after[i]).as(names[i] + " with 60 more reviews").isLessThanOrEqualTo(before[i]);
			assertThat(after[i]).as(names[i]).isLessThanOrEqualTo(DASHBOARD_BUDGET);
		}
	}

	/**
	 * The dashboard's figures are aggregates over every row: a second view within their
	 * lifetime reads only its page of rows, and a row written meanwhile (here, a review
	 * registered) empties them, so the next view counts it.
	 */
	@Test
	void theDashboardKeepsItsFiguresUntilARowChanges() throws Exception {
		SignedInUser manager = this.fixtures.user(DemoUsers.MANAGER);
		DashboardReadModel.awaitCurrent(this.context);
		this.mvc.perform(get("/dashboard").with(user(manager))).andExpect(status().isOk());
		List<String> warm = StatementCounter
			.texts(() -> this.mvc.perform(get("/dashboard").with(user(manager))).andExpect(status().isOk()));
		assertThat(warm).noneMatch((sql) -> sql.contains("percentile_cont") || sql.contains("group by r.stage"));

		registerMore(1);
		DashboardReadModel.awaitCurrent(this.context);
		List<String> afterChange = StatementCounter
			.texts(() -> this.mvc.perform(get("/dashboard").with(user(manager))).andExpect(status().isOk()));
		assertThat(afterChange.stream().filter((sql) -> sql.contains("group by r.stage"))).hasSize(1);
	}

	/**
	 * Each page's statements in a steady state: every page is asked once unmeasured
	 * first, so that a cache whose lifetime ran out between the two measurements (the CSP
	 * directory keeps its list for ten seconds) is not read as growth.
	 */
	private int[] pagesOverManyReviews(SignedInUser manager) throws Exception {
		String[] urls = { "/dashboard", "/dashboard?stage=NOTIFIED&sort=open&page=2", "/dashboard.csv", "/api/reviews",
				"/", "/" };
		SignedInUser[] who = { manager, manager, manager, manager, manager, this.kent };
		int[] counts = new int[urls.length];
		for (int i = 0; i < urls.length; i++) {
			statements(urls[i], who[i]);
			counts[i] = statements(urls[i], who[i]);
		}
		return counts;
	}

	private void registerMore(int reviews) {
		for (int i = 0; i < reviews; i++) {
			this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-MORE"), "Cal",
					LocalDate.of(2022, 3, 1), this.kent);
		}
	}

	/**
	 * The plan and item pages check the review in several places (the page, the list,
	 * whether the person may edit): one GET reads it once, with its other pseudonyms in
	 * the same statement.
	 */
	@Test
	void aPageReadsItsReviewOnceHoweverManyPartsCheckIt() throws Exception {
		for (String page : new String[] { "/reviews/%d/action-plan", "/reviews/%d/items", "/reviews/%d" }) {
			List<String> texts = StatementCounter
				.texts(() -> this.mvc.perform(get(page.formatted(this.big)).with(user(this.kent)))
					.andExpect(status().isOk()));
			assertThat(texts.stream()
				.filter((sql) -> sql.matches(
						"(?s)select .* from review \\w+ left join review_pseudonym \\w+ on \\S+ where \\w+\\.id=\\?")))
				.as(page)
				.hasSize(1);
			assertThat(texts).as(page).noneMatch((sql) -> sql.matches("(?s)select .* from review_pseudonym .*"));
		}
	}

	/**
	 * The hub shows the plan's figures and the report versions in their own sections and
	 * again in publication readiness: one GET reads each once.
	 */
	@Test
	void theHubReadsThePlanFiguresAndReportVersionsOnce() throws Exception {
		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent)))
				.andExpect(status().isOk()));
		assertThat(texts.stream().filter((sql) -> sql.matches("(?s)select .* from report_version \\w+ where .*")))
			.hasSize(1);
		assertThat(texts.stream().filter((sql) -> sql.matches("(?s)select count\\(distinct r\\.id\\).*"))).hasSize(1);
	}

	/**
	 * The hub lists the review's letters and asks whether it can be resubmitted (which
	 * looks at the current letter): the letters are read once. The review's CSP comes
	 * from the CSP directory, and the items are counted per letter by review, not by an
	 * array of letter ids (which PostgreSQL planned afresh on every view).
	 */
	@Test
	void theHubReadsTheLettersOnceAndNoCsp() throws Exception {
		this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent))).andExpect(status().isOk());
		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent)))
				.andExpect(status().isOk()));
		assertThat(
				texts.stream()
					.filter((sql) -> sql
						.matches("(?s)select .* from panel_letter \\w+ where \\w+\\.review_id=\\? order by .*")))
			.hasSize(1);
		assertThat(texts).noneMatch((sql) -> sql.matches("(?s).* from csp \\w+.*"));
		assertThat(texts).noneMatch((sql) -> sql.contains("letter_id = any("));
	}

	/**
	 * The hub's letters (items per letter), its feedback section (items by status, the
	 * overdue ones) and publication readiness (open, responded, accepted) count the
	 * review's items in one statement between them; readiness takes the current letter
	 * from the letters the hub has read, not from a query of its own.
	 */
	@Test
	void theHubCountsTheReviewsItemsOnce() throws Exception {
		this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent))).andExpect(status().isOk());
		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent)))
				.andExpect(status().isOk()));
		assertThat(texts.stream().filter((sql) -> sql.matches("(?s)select .*count.* from feedback_item .*")))
			.hasSize(1);
		assertThat(texts).noneMatch((sql) -> sql.matches("(?s)select \\w+\\.id from panel_letter .*"));
	}

	/**
	 * An item's page shows the item, its timeline and the paragraph it cites (which needs
	 * when the item opened): the item and its events are read once between them. Its
	 * assignee is named from the people it could be given to, which the page lists.
	 */
	@Test
	void anItemsPageReadsTheItemAndItsTimelineOnce() throws Exception {
		Long item = this.jdbc.queryForObject("select min(id) from feedback_item where review_id = ?", Long.class,
				this.big);
		String paragraph = this.jdbc.queryForObject("select paragraph_ref from feedback_item where id = ?",
				String.class, item);
		this.jdbc.update("update feedback_item set assignee_user_id = ?, paragraph_ref = '2.1' where id = ?",
				this.kent.id(), item);
		try {
			this.mvc.perform(get("/items/" + item).with(user(this.kent))).andExpect(status().isOk());
			List<String> texts = StatementCounter
				.texts(() -> this.mvc.perform(get("/items/" + item).with(user(this.kent))).andExpect(status().isOk()));
			assertThat(texts.stream().filter((sql) -> sql.matches("(?s)select .* from feedback_item \\w+ where .*")))
				.hasSize(1);
			assertThat(texts.stream().filter((sql) -> sql.matches("(?s)select .* from feedback_item_event .*")))
				.hasSize(1);
			assertThat(texts).noneMatch((sql) -> sql.matches("(?s)select .* from app_user \\w+ where \\w+\\.id=\\?"));
		}
		finally {
			this.jdbc.update("update feedback_item set assignee_user_id = null, paragraph_ref = ? where id = ?",
					paragraph, item);
		}
	}

	/**
	 * Publication readiness (on the hub) reads the override, the confirmed tasks and the
	 * latest pack in one statement.
	 */
	@Test
	void readinessReadsWhatPeopleRecordedInOneStatement() throws Exception {
		this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent))).andExpect(status().isOk());
		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews/%d".formatted(this.big)).with(user(this.kent)))
				.andExpect(status().isOk()));
		assertThat(texts.stream()
			.filter((sql) -> sql.contains("publication_pack") || sql.contains("readiness_override")
					|| sql.contains("publication_confirmation")))
			.singleElement()
			.satisfies((sql) -> assertThat(sql).contains("publication_pack", "readiness_override",
					"publication_confirmation"));
	}

	/**
	 * A page of the register reads the rows it shows: no review's pseudonym list, and no
	 * CSP. The filter's list of every CSP and the rows' CSP names (and, sorted by CSP,
	 * the order) come from the CSP directory, which reads the list once in its lifetime.
	 */
	@Test
	void theRegisterReadsOnlyWhatItShows() throws Exception {
		this.mvc.perform(get("/reviews").with(user(this.secretariat))).andExpect(status().isOk());
		List<String> texts = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews").with(user(this.secretariat))).andExpect(status().isOk()));
		assertThat(texts).noneMatch((sql) -> sql.contains("review_pseudonym"));
		assertThat(texts).noneMatch((sql) -> sql.matches("(?s).* from csp \\w+.*"));

		List<String> byCsp = StatementCounter
			.texts(() -> this.mvc.perform(get("/reviews?sort=csp&dir=asc").with(user(this.secretariat)))
				.andExpect(status().isOk()));
		assertThat(byCsp).noneMatch((sql) -> sql.matches("(?s).* from csp \\w+.*"));
	}

	/**
	 * The item lists name each row's review from three columns and the CSPs of those
	 * reviews: no review entities (and their pseudonym lists), no list of every CSP. A
	 * review's own list names its rows from the review the page has read already.
	 */
	@Test
	void itemListsNameTheirReviewsFromTheColumnsTheyShow() throws Exception {
		String titles = "select r.id, r.csp_id, r.victim_pseudonyms from review r";
		for (String page : new String[] { "/reviews/%d/items".formatted(this.big), "/items" }) {
			List<String> texts = StatementCounter
				.texts(() -> this.mvc.perform(get(page).with(user(this.kent))).andExpect(status().isOk()));
			assertThat(texts).as(page)
				.noneMatch((sql) -> sql
					.matches("(?s)select r1_0\\.id,r1_0\\.author_name,.* from review r1_0 where r1_0\\.id in .*"))
				.noneMatch((sql) -> sql.matches("(?s)select .* from csp \\w+ order by .*"));
			if (page.equals("/items")) {
				assertThat(texts).anyMatch((sql) -> sql.startsWith(titles));
			}
			else {
				assertThat(texts).noneMatch((sql) -> sql.startsWith(titles));
			}
		}
	}

	/**
	 * A lookup by many ids binds them as one array, so its statement is the same whatever
	 * their number: Hibernate translates a query with a list parameter again on every
	 * call (its plan cache skips them), and PostgreSQL prepares each length apart.
	 */
	@Test
	void lookupsByManyIdsAreOneStatementWhateverTheirNumber() throws Exception {
		SignedInUser manager = this.fixtures.user(DemoUsers.MANAGER);
		String[][] pages = { { "/reviews", "secretariat" }, { "/reviews?sort=csp&dir=asc", "secretariat" },
				{ "/items", "secretariat" }, { "/items", "kent" }, { "/reviews/%d".formatted(this.big), "kent" },
				{ "/reviews/%d/items".formatted(this.big), "kent" },
				{ "/reviews/%d/action-plan".formatted(this.big), "kent" },
				{ "/reviews/%d/publication".formatted(this.big), "kent" }, { "/", "kent" }, { "/dashboard", "manager" },
				{ "/api/reviews", "manager" } };
		for (String[] page : pages) {
			SignedInUser who = switch (page[1]) {
				case "secretariat" -> this.secretariat;
				case "manager" -> manager;
				default -> this.kent;
			};
			List<String> texts = StatementCounter
				.texts(() -> this.mvc.perform(get(page[0]).with(user(who))).andExpect(status().isOk()));
			assertThat(texts).as(page[0] + " as " + page[1])
				.noneMatch((sql) -> sql.matches("(?s).*\\.(id|\\w+_id) in \\(\\?.*"));
		}
	}

	/**
	 * Both pages are asked once unmeasured first, as in {@link #pagesOverManyReviews}: a
	 * cache whose lifetime ran out between the two measurements would otherwise read as
	 * growth.
	 */
	private void assertSameCost(String page, SignedInUser who) throws Exception {
		statements(page.formatted(this.small), who);
		statements(page.formatted(this.big), who);
		int forSmall = statements(page.formatted(this.small), who);
		int forBig = statements(page.formatted(this.big), who);
		assertThat(forBig).as(page + ": 60 areas against 2").isLessThanOrEqualTo(forSmall);
		assertThat(forBig).as(page).isLessThanOrEqualTo(BUDGET);
	}

	private int statements(String url, SignedInUser who) throws Exception {
		return StatementCounter.count(() -> this.mvc.perform(get(url).with(user(who))).andExpect(status().isOk()));
	}

}

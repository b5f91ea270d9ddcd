package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13's acceptance for action plans, through the pages: a template with a title line
 * imports, importing twice does not double the plan, an imported action can be removed
 * (and is gone), a recommendation can be removed, a plan can be replaced after a
 * confirmation, and nothing removed is lost.
 */
@IntegrationTest
class PlanUndoIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kentUser;

	RequestPostProcessor kent;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kentUser = this.fixtures.user(DemoUsers.KENT);
		this.kent = user(this.kentUser);
	}

	private long newReview() {
		return this.fixtures.reviews.register(this.kentUser.cspId(), Fixtures.unique("KM-UNDO"), "Maya",
				LocalDate.of(2024, 3, 1), this.kentUser);
	}

	private static byte[] twoRecommendations(String firstTarget) {
		return PlanUploads.csv(PlanUploads.headings(),
				"1. Police should record domestic abuse history,Local,Update the recording guidance,Kent Police,,"
						+ firstTarget + ",",
				",,Train call handlers,Kent Police,,7 August 2026,",
				"2. Housing should screen for abuse,Regional,Add screening questions,Medway Council,,1/12/2026,");
	}

	@Test
	void theHomeOfficeTemplateWithATitleLineAboveTheHeadingsImports() throws Exception {
		byte[] template = this.mvc.perform(get("/action-plan/template.xlsx").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Object> headings = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Row first = workbook.getSheetAt(0).getRow(0);
			first.forEach((cell) -> headings.add(cell.getStringCellValue()));
		}
		assertThat(headings).containsExactlyElementsOf(PlanImport.TEMPLATE_COLUMNS);

		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { "Domestic Homicide Review into the death of Maya: action plan" });
		rows.add(new Object[] { "Kent and Medway Community Safety Partnership, March 2026" });
		rows.add(headings.toArray());
		rows.add(new Object[] { "1. Police should record domestic abuse history", "Local",
				"Update the recording guidance", "Kent Police", "", LocalDate.of(2026, 3, 31), "" });
		rows.add(new Object[] { "", "", "Train call handlers", "Kent Police", "", "7/8/2026", "" });

		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, this.kent);
		Document preview = uploads.upload(review, "Maya action plan.xlsx", PlanUploads.xlsx(rows));
		assertThat(preview.select(".govuk-error-summary")).isEmpty();
		assertThat(preview.getElementById("row-4").text()).contains("Update the recording guidance")
			.contains("31 March 2026");
		assertThat(preview.getElementById("row-5").text()).contains("7 August 2026");
		assertThat(preview.select("button").eachText()).contains("Import 2 actions");

		assertThat(uploads.confirm(review, null).getResponse().getRedirectedUrl())
			.isEqualTo("/reviews/" + review + "/action-plan");
		assertThat(actionTexts(review)).containsExactly("Update the recording guidance", "Train call handlers");
	}

	@Test
	void importingTheSameSpreadsheetTwiceDoesNotDoubleThePlan() throws Exception {
		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, this.kent);
		uploads.upload(review, "plan.csv", twoRecommendations("31/3/2026"));
		uploads.confirm(review, null);
		assertThat(actionTexts(review)).hasSize(3);

		// the same file again: every row is recognised, and the person must choose
		Document again = uploads.upload(review, "plan.csv", twoRecommendations("31/3/2026"));
		assertThat(again.select("td .govuk-tag").eachText()).containsExactly("Already in the plan",
				"Already in the plan", "Already in the plan");
		assertThat(again.text()).contains("3 of these actions are already in the plan");
		assertThat(again.select("input[name=mode]").eachAttr("value")).containsExactly("SKIP", "UPDATE", "ADD",
				"REPLACE");
		Document refused = Pages.parse(uploads.confirm(review, null));
		Pages.assertErrors(refused, "Select what the import should do with the plan");
		assertThat(actionTexts(review)).hasSize(3);

		MvcResult skipped = uploads.confirm(review, "SKIP");
		assertThat(skipped.getResponse().getRedirectedUrl()).isEqualTo("/reviews/" + review + "/action-plan");
		assertThat(skipped.getFlashMap().get("flash").toString()).contains("no actions added")
			.contains("3 left as they were");
		assertThat(actionTexts(review)).hasSize(3);

		// spacing and case do not make an action new; a new target date updates it
		uploads.upload(review, "plan.csv",
				PlanUploads.csv(PlanUploads.headings(),
						"1. Police should record domestic abuse history,Local,update  the RECORDING guidance,"
								+ "Kent Police,,30/6/2026,"));
		uploads.confirm(review, "UPDATE");
		assertThat(actionTexts(review)).hasSize(3);
		assertThat(this.jdbc.queryForObject("select a.target_date from plan_action a join recommendation r on "
				+ "r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ? "
				+ "and r.number = '1' and a.position = 0", LocalDate.class, review))
			.isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(historyLines(review))
			.anyMatch((line) -> line.contains("(target date)") && line.contains("“31 March 2026” → “30 June 2026”"));

		// adding them again is a choice the person can make, and says so
		uploads.upload(review, "plan.csv", twoRecommendations("31/3/2026"));
		uploads.confirm(review, "ADD");
		assertThat(actionTexts(review)).hasSize(6);
	}

	@Test
	void anImportedActionCanBeRemovedAndIsGoneFromThePlan() throws Exception {
		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, this.kent);
		uploads.upload(review, "plan.csv", twoRecommendations("31/3/2026"));
		uploads.confirm(review, null);
		long action = this.jdbc.queryForObject("select a.id from plan_action a join recommendation r on "
				+ "r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ? "
				+ "and a.action_text = 'Train call handlers'", Long.class, review);
		this.fixtures.plans.update(action, LocalDate.of(2026, 1, 5), "Half of the call handlers trained",
				this.kentUser);

		Document page = Pages
			.parse(this.mvc.perform(get("/actions/" + action).with(user(this.fixtures.user(DemoUsers.SECRETARIAT))))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(page.select("a").eachText()).doesNotContain("Remove action");
		page = Pages.parse(this.mvc.perform(get("/actions/" + action).with(this.kent)).andReturn());
		Element removeLink = page.selectFirst("a:containsOwn(Remove action)");
		assertThat(removeLink).isNotNull();
		Document confirmation = Pages.parse(
				this.mvc.perform(get(removeLink.attr("href")).with(this.kent)).andExpect(status().isOk()).andReturn());
		assertThat(Pages.h1(confirmation)).isEqualTo("Remove this action");
		assertThat(confirmation.text()).contains("Train call handlers")
			.contains("1 implementation update will be removed with it.");
		String version = confirmation.selectFirst("input[name=version]").val();

		this.mvc.perform(post("/actions/" + action + "/remove").with(csrf()).with(this.kent).param("version", version))
			.andExpect(status().is3xxRedirection());

		assertThat(actionTexts(review)).containsExactly("Update the recording guidance", "Add screening questions");
		Document plan = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan").with(this.kent)).andReturn());
		assertThat(plan.select("main table").text()).doesNotContain("Train call handlers");
		this.mvc.perform(get("/actions/" + action).with(this.kent)).andExpect(status().isNotFound());

		// kept, not lost: the removed action with its update, and a line in the review's
		// history
		Document removed = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan/history").with(this.kent)).andReturn());
		assertThat(removed.select("tbody tr")).hasSize(1);
		assertThat(removed.selectFirst("tbody tr").text()).contains("Action removed")
			.contains("Train call handlers")
			.contains("1 action, 1 update");
		String csv = this.mvc.perform(get(removed.selectFirst("tbody tr a").attr("href")).with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Train call handlers").contains("5 January 2026: Half of the call handlers trained");
		assertThat(historyLines(review)).contains("Action of recommendation 1: “Train call handlers” removed");
	}

	@Test
	void aRecommendationIsRemovedWithItsActionsOnlyFromAPageShowingItAsItIs() throws Exception {
		long review = newReview();
		PlanUploads uploads = new PlanUploads(this.mvc, this.kent);
		uploads.upload(review, "plan.csv", twoRecommendations("31/3/2026"));
		uploads.confirm(review, null);
		long rec = this.jdbc.queryForObject("select r.id from recommendation r join action_plan p on "
				+ "p.id = r.action_plan_id where p.review_id = ? and r.number = '1'", Long.class, review);
		Document confirmation = Pages.parse(this.mvc.perform(get("/recommendations/" + rec + "/remove").with(this.kent))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(Pages.h1(confirmation)).isEqualTo("Remove recommendation 1");
		assertThat(confirmation.text()).contains("Its 2 actions will be removed with it.");
		String version = confirmation.selectFirst("input[name=version]").val();

		// someone else changes it first: the removal is refused, naming them
		SignedInUser manager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		this.context.getBean(ActionPlans.class)
			.editRecommendation(rec, Long.parseLong(version), "1", "Police should record all domestic abuse history",
					Scope.LOCAL, null, manager);
		Document refused = Pages.parse(this.mvc
			.perform(post("/recommendations/" + rec + "/remove").with(csrf()).with(this.kent).param("version", version))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.selectFirst(".govuk-error-summary").text()).contains(manager.name())
			.contains("changed this recommendation");
		assertThat(actionTexts(review)).hasSize(3);

		this.mvc
			.perform(post("/recommendations/" + rec + "/remove").with(csrf())
				.with(this.kent)
				.param("version", refused.selectFirst("input[name=version]").val()))
			.andExpect(redirectedUrl("/reviews/" + review + "/action-plan"));
		assertThat(actionTexts(review)).containsExactly("Add screening questions");
		assertThat(historyLines(review))
			.contains("Recommendation 1: “Police should record all domestic abuse history” removed");
	}

	@Test
	void replacingTheWholePlanAsksFirstAndKeepsTheOldPlan() throws Exception {
		long review = newReview();
		PlanFixtures.Made kept = this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 5, 2),
				this.kentUser);
		PlanUploads uploads = new PlanUploads(this.mvc, this.kent);
		Document preview = uploads.upload(review, "new plan.csv", twoRecommendations("31/3/2026"));
		assertThat(preview.select("input[name=mode]").eachAttr("value")).containsExactly("ADD", "REPLACE");

		MvcResult asked = uploads.confirm(review, "REPLACE");
		assertThat(asked.getResponse().getRedirectedUrl())
			.isEqualTo("/reviews/" + review + "/action-plan/import/replace");
		assertThat(actionTexts(review)).containsExactly("Deliver training to all staff");
		Document confirmation = Pages.parse(
				this.mvc
					.perform(get("/reviews/" + review + "/action-plan/import/replace").session(uploads.session())
						.with(this.kent))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(Pages.h1(confirmation)).isEqualTo("Replace the whole action plan");
		assertThat(confirmation.text()).contains("1 recommendation, 1 action, 1 update")
			.contains("3 rows of new plan.csv");

		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/import/replace").session(uploads.session())
				.with(csrf())
				.with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + review + "/action-plan"));
		assertThat(actionTexts(review)).containsExactly("Update the recording guidance", "Train call handlers",
				"Add screening questions");
		this.mvc.perform(get("/actions/" + kept.actionId()).with(this.kent)).andExpect(status().isNotFound());
		String old = this.jdbc.queryForObject(
				"select content from action_plan_snapshot where review_id = ? and kind = 'PLAN_REPLACED'", String.class,
				review);
		assertThat(old).contains("Deliver training to all staff").contains("2 May 2025: Half of the staff trained");
		assertThat(historyLines(review)).anyMatch((line) -> line.startsWith("Action plan:")
				&& line.contains("1 recommendation, 1 action, 1 update") && line.contains("new plan.csv"));
	}

	@Test
	void theExportHasTheDatedUpdatesAndWordsNotCodes() throws Exception {
		long review = newReview();
		this.fixtures.plans.recommendationWithUpdate(review, "1", LocalDate.of(2025, 5, 2), this.kentUser);
		String csv = this.mvc.perform(get("/reviews/" + review + "/action-plan.csv").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith("Status,Addressed to,Implementation updates");
		assertThat(csv).contains("Local")
			.contains("In progress")
			.contains("2 May 2025: Half of the staff trained")
			.doesNotContain("IN_PROGRESS")
			.doesNotContain("LOCAL");

		byte[] xlsx = this.mvc.perform(get("/reviews/" + review + "/action-plan.xlsx").with(this.kent))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("In progress");
			assertThat(row.getCell(9).getStringCellValue()).isEqualTo("2 May 2025: Half of the staff trained");
		}
		String template = this.mvc.perform(get("/action-plan/template.csv").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(template.strip()).isEqualTo(String.join(",", PlanImport.TEMPLATE_COLUMNS));
	}

	private List<String> actionTexts(long review) {
		return this.jdbc.queryForList("select a.action_text from plan_action a join recommendation r on "
				+ "r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ? "
				+ "order by r.position, a.position", String.class, review);
	}

	/** The review's history of changes as its page shows it. */
	private List<String> historyLines(long review) throws Exception {
		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + review).with(this.kent)).andReturn());
		return hub.select(".app-timeline p.govuk-body-s").eachText();
	}

}

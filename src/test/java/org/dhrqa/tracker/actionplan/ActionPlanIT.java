package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 6's acceptance: XLSX import with a preview, updates in the annex, CSV round trip,
 * Devon kept out.
 */
@IntegrationTest
class ActionPlanIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	RequestPostProcessor kent;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.users.as(DemoUsers.KENT);
	}

	private long newKentReview() {
		Long kentCsp = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		return this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, stage) "
						+ "values (?, ?, 'Maya', 'HOMICIDE', 'PUBLISHED') returning id",
				Long.class, kentCsp, "KM-P-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private static byte[] xlsx(String impossibleDate) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Plan");
			Object[][] rows = {
					{ "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
							"Key milestones achieved in enacting recommendation", "Target date",
							"Date of completion and outcome" },
					{ "1. Police should record DA history", "Local", "Update the recording guidance", "Kent Police", "",
							LocalDate.of(2026, 3, 31), "" },
					{ "", "", "Train call handlers", "Kent Police", "", "7 August 2026", "" },
					{ "2. Housing to screen for abuse", "Regional", "Add screening questions", "Medway Council", "",
							impossibleDate, "" },
					{ "", "", "Audit screening", "Medway Council", "", "1/12/2026", "" },
					{ "3. National guidance on economic abuse", "National", "Write to the Home Office", "Kent CSP", "",
							"2026-06-30", "02/05/2026 – letter sent" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof LocalDate date) {
						row.createCell(c).setCellValue(date);
						var style = workbook.createCellStyle();
						style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
						row.getCell(c).setCellStyle(style);
					}
					else {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void anXlsxWithAnImpossibleDateIsPreviewedThenImportsWhenCorrected() throws Exception {
		long review = newKentReview();
		MockHttpSession session = new MockHttpSession();
		Document preview = Pages.parse(
				this.mvc
					.perform(multipart("/reviews/" + review + "/action-plan/import")
						.file(new MockMultipartFile("planFile", "plan.xlsx", "application/octet-stream",
								xlsx("31/02/2026")))
						.session(session)
						.with(csrf())
						.with(this.kent))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(preview.select(".govuk-error-summary").text()).contains("Row 4: 1 problem");
		assertThat(preview.getElementById("row-4").text()).contains("Target date “31/02/2026” is not a real date");
		assertThat(preview.select("button").eachText()).noneMatch((text) -> text.startsWith("Import"));
		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/import/confirm").session(session)
				.with(csrf())
				.with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + review + "/action-plan/import"));
		assertThat(actionCount(review)).isZero();

		preview = Pages.parse(
				this.mvc
					.perform(multipart("/reviews/" + review + "/action-plan/import")
						.file(new MockMultipartFile("planFile", "plan.xlsx", "application/octet-stream",
								xlsx("28/02/2026")))
						.session(session)
						.with(csrf())
						.with(this.kent))
					.andReturn());
		assertThat(preview.select("button").eachText()).contains("Import 5 actions");
		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/import/confirm").session(session)
				.with(csrf())
				.with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + review + "/action-plan"));
		assertThat(actionCount(review)).isEqualTo(5);
		assertThat(
				this.jdbc.queryForList(
						"select r.number || ':' || r.scope from recommendation r join action_plan p "
								+ "on p.id = r.action_plan_id where p.review_id = ? order by r.position",
						String.class, review))
			.containsExactly("1:LOCAL", "2:REGIONAL", "3:NATIONAL");
		assertThat(this.jdbc.queryForList("select a.target_date from plan_action a join recommendation r on "
				+ "r.id = a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ? "
				+ "order by r.position, a.position", LocalDate.class, review))
			.containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 8, 7), LocalDate.of(2026, 2, 28),
					LocalDate.of(2026, 12, 1), LocalDate.of(2026, 6, 30));
	}

	@Test
	void aRecommendationIsAddedOnAPageOfItsOwnAndAMistakeKeepsWhatWasTyped() throws Exception {
		long review = newKentReview();
		Document plan = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan").with(this.kent)).andReturn());
		assertThat(plan.select("a.govuk-button").eachAttr("href"))
			.contains("/reviews/" + review + "/action-plan/recommendations/new");
		assertThat(plan.select("form[action$=/action-plan/recommendations]")).isEmpty();

		Document form = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/action-plan/recommendations/new").with(this.kent))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(Pages.h1(form)).isEqualTo("Add a recommendation");
		assertThat(form.selectFirst("main form[method=post]").attr("action"))
			.isEqualTo("/reviews/" + review + "/action-plan/recommendations");
		assertThat(form.select("input[name=version]")).isEmpty();

		Document refused = Pages.parse(
				this.mvc
					.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
						.with(this.kent)
						.param("number", "4")
						.param("recommendation", "")
						.param("addressedTo", "Kent Police"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Enter the recommendation", "Select the scope of the recommendation");
		assertThat(Pages.h1(refused)).isEqualTo("Add a recommendation");
		assertThat(Pages.valueOf(refused, "number")).isEqualTo("4");
		assertThat(Pages.valueOf(refused, "addressedTo")).isEqualTo("Kent Police");

		String location = this.mvc
			.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
				.with(this.kent)
				.param("number", "4")
				.param("recommendation", "Police should record domestic abuse history")
				.param("scope", "LOCAL")
				.param("addressedTo", "Kent Police"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long rec = this.jdbc.queryForObject("select r.id from recommendation r join action_plan p on p.id = "
				+ "r.action_plan_id where p.review_id = ? and r.number = '4'", Long.class, review);
		assertThat(location).isEqualTo("/reviews/" + review + "/action-plan#rec-" + rec);

		Document taken = Pages.parse(
				this.mvc
					.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
						.with(this.kent)
						.param("number", "4")
						.param("recommendation", "Another recommendation")
						.param("scope", "LOCAL"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(taken, "Recommendation 4 is already in the plan: choose another number");
		assertThat(taken.selectFirst("textarea[name=recommendation]").text()).isEqualTo("Another recommendation");

		// the Home Office reads the plan but is offered no way to add to it
		Document read = Pages.parse(
				this.mvc.perform(get("/reviews/" + review + "/action-plan").with(this.users.as(DemoUsers.SECRETARIAT)))
					.andReturn());
		assertThat(read.select("a[href$=/recommendations/new]")).isEmpty();
		this.mvc
			.perform(get("/reviews/" + review + "/action-plan/recommendations/new")
				.with(this.users.as(DemoUsers.SECRETARIAT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anImplementationUpdateAppearsInTheAnnexPdfWithItsDate() throws Exception {
		long review = newKentReview();
		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
				.with(this.kent)
				.param("recommendation", "Schools should teach healthy relationships")
				.param("scope", "LOCAL"))
			.andExpect(status().is3xxRedirection());
		Long rec = this.jdbc.queryForObject("select r.id from recommendation r join action_plan p on p.id = "
				+ "r.action_plan_id where p.review_id = ?", Long.class, review);
		String location = this.mvc
			.perform(post("/recommendations/" + rec + "/actions/new").with(csrf())
				.with(this.kent)
				.param("actionText", "Commission a schools programme")
				.param("leadAgency", "Kent County Council")
				.param("targetDate.day", "31")
				.param("targetDate.month", "7")
				.param("targetDate.year", "2027")
				.param("status", "NOT_STARTED"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long action = Long.parseLong(location.replaceAll(".*#action-", ""));

		Document refused = Pages.parse(
				this.mvc
					.perform(post("/actions/" + action + "/updates").with(csrf())
						.with(this.kent)
						.param("updateDate.day", "3")
						.param("updateDate.month", "11")
						.param("updateDate.year", "2026")
						.param("updateText", ""))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Enter what has happened");
		assertThat(Pages.valueOf(refused, "updateDate")).isEqualTo("3");

		this.mvc
			.perform(post("/actions/" + action + "/updates").with(csrf())
				.with(this.kent)
				.param("updateDate.day", "3")
				.param("updateDate.month", "11")
				.param("updateDate.year", "2026")
				.param("updateText", "Provider chosen; pilot in six schools from January.")
				.param("newStatus", "IN_PROGRESS"))
			.andExpect(redirectedUrl("/actions/" + action));

		byte[] pdf = this.mvc.perform(get("/reviews/" + review + "/action-plan/annex.pdf").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(pdf);
		assertThat(text).contains("3 November 2026: Provider chosen; pilot in six schools from January.")
			.contains("This action plan is a live document and subject to change as outcomes are delivered.")
			.contains("Commission a schools programme")
			.contains("Key milestones achieved in enacting recommendation");
		assertThat(this.jdbc.queryForObject("select status from plan_action where id = ?", String.class, action))
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void theCsvExportImportsBackToAnIdenticalPlan() throws Exception {
		Long ben = this.jdbc.queryForObject("select id from review where reference = 'DEV-DHR-2021-02'", Long.class);
		RequestPostProcessor devon = this.users.as(DemoUsers.DEVON);
		byte[] csv = this.mvc.perform(get("/reviews/" + ben + "/action-plan.csv").with(devon))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Long devonCsp = this.jdbc.queryForObject("select id from csp where name like 'Devon%'", Long.class);
		Long copy = this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, "
						+ "stage) values (?, ?, 'Ben copy', 'SUICIDE', 'PUBLISHED') returning id",
				Long.class, devonCsp, "DEV-C-" + UUID.randomUUID().toString().substring(0, 8));
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(multipart("/reviews/" + copy + "/action-plan/import")
				.file(new MockMultipartFile("planFile", "plan.csv", "text/csv", csv))
				.session(session)
				.with(csrf())
				.with(devon))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/reviews/" + copy + "/action-plan/import/confirm").session(session).with(csrf()).with(devon))
			.andExpect(redirectedUrl("/reviews/" + copy + "/action-plan"));
		assertThat(planRows(copy)).isEqualTo(planRows(ben)).isNotEmpty();

		byte[] xlsx = this.mvc.perform(get("/reviews/" + ben + "/action-plan.xlsx").with(devon))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PlanImport.Preview fromXlsx = PlanImport.read(new ByteArrayInputStream(xlsx), "plan.xlsx");
		assertThat(fromXlsx.clean()).isTrue();
		assertThat(fromXlsx.actionCount()).isEqualTo(3);
	}

	@Test
	void devonCannotSeeExportOrImportIntoAKentPlan() throws Exception {
		long review = newKentReview();
		RequestPostProcessor devon = this.users.as(DemoUsers.DEVON);
		for (String path : List.of("/action-plan", "/action-plan.csv", "/action-plan.xlsx", "/action-plan/annex",
				"/action-plan/annex.pdf", "/action-plan/import")) {
			this.mvc.perform(get("/reviews/" + review + path).with(devon)).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(multipart("/reviews/" + review + "/action-plan/import")
				.file(new MockMultipartFile("planFile", "plan.csv", "text/csv", "Recommendation\n".getBytes()))
				.with(csrf())
				.with(devon))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
				.with(devon)
				.param("recommendation", "x")
				.param("scope", "LOCAL"))
			.andExpect(status().isNotFound());
		// the Home Office reads but does not edit
		this.mvc.perform(get("/reviews/" + review + "/action-plan").with(this.users.as(DemoUsers.SECRETARIAT)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/reviews/" + review + "/action-plan/recommendations").with(csrf())
				.with(this.users.as(DemoUsers.MANAGER))
				.param("recommendation", "x")
				.param("scope", "LOCAL"))
			.andExpect(status().isForbidden());
	}

	private int actionCount(long review) {
		return this.jdbc.queryForObject(
				"select count(*) from plan_action a join recommendation r on r.id = "
						+ "a.recommendation_id join action_plan p on p.id = r.action_plan_id where p.review_id = ?",
				Integer.class, review);
	}

	private List<String> planRows(long review) {
		return this.jdbc.queryForList("select concat_ws('|', r.number, r.text, r.scope, r.addressed_to, a.action_text, "
				+ "a.lead_agency, a.key_milestones, a.target_date, a.completed_on, a.completion_outcome, a.status) "
				+ "from recommendation r join action_plan p on p.id = r.action_plan_id left join plan_action a on "
				+ "a.recommendation_id = r.id where p.review_id = ? order by r.position, a.position", String.class,
				review);
	}

}

package org.dhrqa.tracker.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DashboardReadModel;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.PdfText;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7's acceptance: the pack, the 20 MB limit, the override, and a dashboard that
 * agrees with the API.
 */
@IntegrationTest
class PublicationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	RequestPostProcessor kent;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.users.as(DemoUsers.KENT);
	}

	/**
	 * A Kent review with an issued letter whose two items are in the given status, and an
	 * action plan with an update.
	 */
	private long review(String itemStatus) {
		Long csp = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		Long review = this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, "
						+ "stage) values (?, ?, 'Nora', 'HOMICIDE', 'APPROVED_FOR_PUBLICATION') returning id",
				Long.class, csp, "KM-PUB-" + UUID.randomUUID().toString().substring(0, 8));
		Long meeting = this.jdbc.queryForObject("insert into panel_meeting (meeting_date) values (date '2010-01-01' + "
				+ "(random() * 3000)::int) on conflict (meeting_date) do update set meeting_date = "
				+ "excluded.meeting_date returning id", Long.class);
		this.jdbc.update("insert into panel_meeting_review (meeting_id, review_id) values (?, ?)", meeting, review);
		Long letter = this.jdbc.queryForObject("insert into panel_letter (review_id, meeting_id, status, letter_date, "
				+ "letterhead, addressee_name, salutation, opening, outcome, outcome_text, list_heading, "
				+ "publication_instructions, closing, sign_off, issued_at) values (?, ?, 'ISSUED', current_date, "
				+ "'Unit', 'Cllr A', 'Dear A,', 'Thank you.', 'APPROVED_SUBJECT_TO_CHANGES', 'Content.', 'Areas:', "
				+ "'Publish it.', 'Thanks.', 'Yours sincerely,', now()) returning id", Long.class, review, meeting);
		for (int i = 1; i <= 2; i++) {
			this.jdbc.update("insert into feedback_item (letter_id, review_id, number, text, category, status) "
					+ "values (?, ?, ?, ?, 'OTHER', ?)", letter, review, i, "Point " + i, itemStatus);
		}
		Long plan = this.jdbc.queryForObject("insert into action_plan (review_id) values (?) returning id", Long.class,
				review);
		Long rec = this.jdbc
			.queryForObject("insert into recommendation (action_plan_id, position, number, text, scope) "
					+ "values (?, 0, '1', 'Train staff', 'LOCAL') returning id", Long.class, plan);
		Long action = this.jdbc.queryForObject("insert into plan_action (recommendation_id, position, action_text, "
				+ "lead_agency, status) values (?, 0, 'Deliver training', 'Council', 'IN_PROGRESS') returning id",
				Long.class, rec);
		this.jdbc.update("insert into implementation_update (action_id, update_date, author_name, text) values "
				+ "(?, current_date, 'Jo Williams', 'Half of staff trained')", action);
		return review;
	}

	private void upload(long review, byte[] pdf) throws Exception {
		this.mvc
			.perform(multipart("/reviews/" + review + "/reports")
				.file(new MockMultipartFile("file", "final.pdf", "application/pdf", pdf))
				.param("finalVersion", "true")
				.with(csrf())
				.with(this.kent))
			.andExpect(status().is3xxRedirection());
	}

	private Map<String, String> taskStatuses(long review) throws Exception {
		Document page = Pages.parse(this.mvc.perform(get("/reviews/" + review + "/publication").with(this.kent))
			.andExpect(status().isOk())
			.andReturn());
		Map<String, String> statuses = new LinkedHashMap<>();
		for (Element item : page.select(".govuk-task-list__item")) {
			statuses.put(item.selectFirst(".govuk-task-list__name-and-hint > :first-child").text(),
					item.selectFirst(".govuk-task-list__status").text());
		}
		return statuses;
	}

	@Test
	void thePackIsTheReportThenBothAnnexesWithBookmarksAndItsSizeShown() throws Exception {
		long review = review("ACCEPTED");
		upload(review, TestPdfs.report(12));
		Map<String, String> before = taskStatuses(review);
		assertThat(before).containsEntry("All feedback items accepted", "Completed")
			.containsEntry("Final report uploaded as PDF", "Completed")
			.containsEntry("Publication pack assembled and under 20 MB", "Not yet started");

		this.mvc.perform(post("/reviews/" + review + "/publication/pack").with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection());
		Long pack = this.jdbc.queryForObject("select id from publication_pack where review_id = ?", Long.class, review);
		byte[] pdf = this.mvc.perform(get("/packs/" + pack + "/download").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Long letter = this.jdbc.queryForObject("select id from panel_letter where review_id = ?", Long.class, review);
		int letterPages = PdfText.pages(this.mvc.perform(get("/letters/" + letter + "/letter.pdf").with(this.kent))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		int annexPages = PdfText
			.pages(this.mvc.perform(get("/reviews/" + review + "/action-plan/annex.pdf").with(this.kent))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(12 + annexPages + letterPages);
			List<String> bookmarks = new java.util.ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).containsExactly("Report", "Annex A: Action plan",
					"Annex B: Home Office QA Panel feedback letter");
			assertThat(document.getDocumentInformation().getTitle()).contains("Nora");
		}
		assertThat(PdfText.of(pdf)).contains("Half of staff trained").contains("Dear A,");

		Map<String, String> after = taskStatuses(review);
		assertThat(after).containsEntry("Publication pack assembled and under 20 MB", "Completed")
			.containsEntry("QA Panel letter annexed", "Completed")
			.containsEntry("Action plan annex ready, with implementation updates", "Completed");
		Document page = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/publication").with(this.kent)).andReturn());
		assertThat(page.select("#pack ~ dl").text()).contains("MB")
			.contains(String.valueOf(12 + annexPages + letterPages));
		this.mvc.perform(get("/packs/" + pack + "/download").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPackOverTwentyMegabytesLeavesTheTaskIncompleteAndSaysSo() throws Exception {
		long review = review("ACCEPTED");
		upload(review, TestPdfs.large(21));
		String warning = this.mvc.perform(post("/reviews/" + review + "/publication/pack").with(csrf()).with(this.kent))
			.andReturn()
			.getFlashMap()
			.get("warning")
			.toString();
		assertThat(warning).contains("smaller than 20 MB");
		assertThat(taskStatuses(review)).containsEntry("Publication pack assembled and under 20 MB", "In progress");
		Document page = Pages
			.parse(this.mvc.perform(get("/reviews/" + review + "/publication").with(this.kent)).andReturn());
		assertThat(page.select(".govuk-warning-text").text()).contains("20 MB");
	}

	@Test
	void openItemsBlockThePackUntilAManagerOverridesWithAReason() throws Exception {
		long review = review("RESPONDED");
		upload(review, TestPdfs.report(2));
		String warning = this.mvc.perform(post("/reviews/" + review + "/publication/pack").with(csrf()).with(this.kent))
			.andReturn()
			.getFlashMap()
			.get("warning")
			.toString();
		assertThat(warning).contains("every feedback item accepted");
		this.mvc.perform(
				post("/reviews/" + review + "/publication/override").with(csrf()).with(this.kent).param("reason", "x"))
			.andExpect(status().isForbidden());
		RequestPostProcessor manager = this.users.as(DemoUsers.KENT_MANAGER);
		Document refused = Pages.parse(this.mvc
			.perform(
					post("/reviews/" + review + "/publication/override").with(csrf()).with(manager).param("reason", ""))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(refused, "Enter the reason for the override");
		this.mvc
			.perform(post("/reviews/" + review + "/publication/override").with(csrf())
				.with(manager)
				.param("reason", "The panel agreed both points by email on 2 November."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/reviews/" + review + "/publication/pack").with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from publication_pack where review_id = ?", Integer.class,
				review))
			.isEqualTo(1);
		assertThat(Pages.parse(this.mvc.perform(get("/reviews/" + review).with(this.kent)).andReturn())
			.select(".app-timeline")
			.text()).contains("The panel agreed both points by email");
	}

	@Test
	void publishingIsConfirmedWithARealWebAddress() throws Exception {
		long review = review("ACCEPTED");
		assertThat(this.mvc
			.perform(post("/reviews/" + review + "/publication/published-on-website").with(csrf())
				.with(this.kent)
				.param("confirmedOn.day", "1")
				.param("confirmedOn.month", "11")
				.param("confirmedOn.year", "2026")
				.param("detail", "https://www.example.org/too-soon"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("warning")).asString().contains("cannot be recorded yet");
		assertThat(this.jdbc.queryForObject("select published_url from review where id = ?", String.class, review))
			.isNull();
		upload(review, TestPdfs.report(2));
		this.mvc.perform(post("/reviews/" + review + "/publication/pack").with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection());
		Document refused = Pages.parse(
				this.mvc
					.perform(post("/reviews/" + review + "/publication/published-on-website").with(csrf())
						.with(this.kent)
						.param("confirmedOn.day", "1")
						.param("confirmedOn.month", "11")
						.param("confirmedOn.year", "2026")
						.param("detail", "our website"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Enter the web address of the published report, starting with https:// or http://");
		assertThat(Pages.valueOf(refused, "detail")).isEqualTo("our website");
		this.mvc
			.perform(post("/reviews/" + review + "/publication/published-on-website").with(csrf())
				.with(this.kent)
				.param("confirmedOn.day", "1")
				.param("confirmedOn.month", "11")
				.param("confirmedOn.year", "2026")
				.param("detail", "https://www.example.org/kent/dhr/nora"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select stage, published_url from review where id = ?", review))
			.containsEntry("stage", "PUBLISHED")
			.containsEntry("published_url", "https://www.example.org/kent/dhr/nora");
	}

	@Test
	void theDashboardAgreesWithTheApiForTheSamePerson() throws Exception {
		for (String email : List.of(DemoUsers.MANAGER, DemoUsers.KENT_MANAGER)) {
			RequestPostProcessor person = this.users.as(email);
			DashboardReadModel.awaitCurrent(this.context);
			String json = this.mvc.perform(get("/api/reviews?size=500").with(person))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonPath.<Integer>read(json, "$.total")).as("all on one page").isLessThanOrEqualTo(500);
			String csv = this.mvc.perform(get("/dashboard.csv").with(person))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Integer> ids = JsonPath.read(json, "$.reviews[*].id");
			List<String> lines = csv.lines().skip(1).toList();
			assertThat(lines).hasSize(ids.size());
			for (String line : lines) {
				String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
				String id = cells[0];
				assertThat(JsonPath.<List<Integer>>read(json, "$.reviews[?(@.id == " + id + ")].readinessDone"))
					.containsExactly(Integer.valueOf(cells[5]));
				assertThat(JsonPath.<List<Integer>>read(json, "$.reviews[?(@.id == " + id + ")].readinessTotal"))
					.containsExactly(Integer.valueOf(cells[6]));
				assertThat(JsonPath.<List<Integer>>read(json, "$.reviews[?(@.id == " + id + ")].openFeedbackItems"))
					.containsExactly(Integer.valueOf(cells[7]));
				assertThat(JsonPath.<List<String>>read(json, "$.reviews[?(@.id == " + id + ")].stage"))
					.containsExactly(cells[4]);
			}
			Document dashboard = Pages.parse(this.mvc.perform(get("/dashboard").with(person)).andReturn());
			int counted = dashboard
				.select("table:has(caption:containsOwn(Reviews by stage)) tbody td.govuk-table__cell--numeric")
				.eachText()
				.stream()
				.mapToInt(Integer::parseInt)
				.sum();
			assertThat(counted).isEqualTo(ids.size());
		}
		this.mvc.perform(get("/dashboard").with(this.kent)).andExpect(status().isForbidden());
	}

}

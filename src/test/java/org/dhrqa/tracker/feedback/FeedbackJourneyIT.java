package org.dhrqa.tracker.feedback;

import java.time.Duration;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.PdfText;
import org.dhrqa.tracker.support.TestPdfs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 5's acceptance: respond, return, respond, accept; report uploads; the response
 * matrix.
 */
@IntegrationTest
class FeedbackJourneyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	RequestPostProcessor kent;

	RequestPostProcessor secretariat;

	long salome;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.kent = this.users.as(DemoUsers.KENT);
		this.secretariat = this.users.as(DemoUsers.SECRETARIAT);
		this.salome = this.jdbc.queryForObject("select id from review where reference = 'KM-DHR-2021-03'", Long.class);
	}

	private long salomeItem(int number) {
		return this.jdbc.queryForObject(
				"select id from feedback_item where review_id = ? and number = ? " + "and status <> 'WITHDRAWN'",
				Long.class, this.salome, number);
	}

	@Test
	void respondReturnRespondAcceptEachRecordedWithNames() throws Exception {
		long item = salomeItem(1);

		Document refused = Pages.parse(this.mvc
			.perform(post("/items/" + item + "/respond").with(csrf()).with(this.kent).param("response", "  "))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(refused, "Enter your response to this point");
		Pages.assertInlineError(refused, "response", "Enter your response to this point");

		this.mvc
			.perform(post("/items/" + item + "/respond").with(csrf())
				.with(this.kent)
				.param("response", "Replaced the other name with Ahmed in 16.2.7.")
				.param("addressedParagraph", "16.2.7"))
			.andExpect(redirectedUrl("/items/" + item));
		assertThat(itemStatus(item)).isEqualTo("RESPONDED");

		refused = Pages.parse(this.mvc
			.perform(post("/items/" + item + "/return").with(csrf()).with(this.secretariat).param("returnReason", ""))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(refused, "Enter the reason for returning this item");
		assertThat(itemStatus(item)).isEqualTo("RESPONDED");

		this.mvc
			.perform(post("/items/" + item + "/return").with(csrf())
				.with(this.secretariat)
				.param("returnReason", "16.2.9 still uses the other name."))
			.andExpect(redirectedUrl("/items/" + item));
		assertThat(itemStatus(item)).isEqualTo("RETURNED");

		this.mvc
			.perform(post("/items/" + item + "/respond").with(csrf())
				.with(this.kent)
				.param("response", "Also corrected in 16.2.9; searched the whole report."))
			.andExpect(redirectedUrl("/items/" + item));
		this.mvc.perform(post("/items/" + item + "/accept").with(csrf()).with(this.secretariat))
			.andExpect(redirectedUrl("/items/" + item));
		assertThat(itemStatus(item)).isEqualTo("ACCEPTED");

		Document page = Pages.parse(this.mvc.perform(get("/items/" + item).with(this.kent)).andReturn());
		assertThat(page.select(".app-timeline__item").eachText())
			.anySatisfy((e) -> assertThat(e).startsWith("Accepted").contains("Sam Okafor"))
			.anySatisfy(
					(e) -> assertThat(e).startsWith("Returned").contains("Sam Okafor").contains("16.2.9 still uses"))
			.anySatisfy((e) -> assertThat(e).startsWith("Responded").contains("Jo Williams").contains("Also corrected"))
			.anySatisfy((e) -> assertThat(e).startsWith("Responded").contains("Replaced the other name"));
		assertThat(page.select(".app-timeline__title").eachText()).startsWith("Accepted", "Responded", "Returned",
				"Responded");

		// Devon cannot see it; a CSP cannot decide; the secretariat cannot respond for
		// the CSP
		this.mvc.perform(get("/items/" + item).with(this.users.as(DemoUsers.DEVON))).andExpect(status().isNotFound());
		long other = salomeItem(2);
		this.mvc.perform(post("/items/" + other + "/accept").with(csrf()).with(this.kent))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/items/" + other + "/respond").with(csrf()).with(this.secretariat).param("response", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void reportsMustBeRealUnlockedPdfsAndDownloadsFollowAccess() throws Exception {
		Document refused = Pages.parse(
				this.mvc
					.perform(multipart("/reviews/" + this.salome + "/reports")
						.file(new MockMultipartFile("file", "report.pdf", "application/pdf",
								"just some text".getBytes()))
						.with(csrf())
						.with(this.kent))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "The selected file must be a PDF. It could not be read as one");
		Pages
			.assertErrors(
					Pages.parse(this.mvc
						.perform(multipart("/reviews/" + this.salome + "/reports")
							.file(new MockMultipartFile("file", "locked.pdf", "application/pdf", TestPdfs.encrypted()))
							.with(csrf())
							.with(this.kent))
						.andReturn()),
					"The PDF is password-protected. Upload a copy without a password");
		Pages.assertErrors(Pages
			.parse(this.mvc.perform(multipart("/reviews/" + this.salome + "/reports").with(csrf()).with(this.kent))
				.andReturn()), "Select the report PDF to upload");
		int before = this.jdbc.queryForObject("select count(*) from report_version where review_id = ?", Integer.class,
				this.salome);

		this.mvc
			.perform(multipart("/reviews/" + this.salome + "/reports")
				.file(new MockMultipartFile("file", "Salome overview v2.pdf", "application/pdf", TestPdfs.report(12)))
				.param("note", "Revised after the QA Panel letter")
				.with(csrf())
				.with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + this.salome + "/reports"));
		var version = this.jdbc.queryForMap("select id, version_number, page_count from report_version "
				+ "where review_id = ? order by version_number desc limit 1", this.salome);
		assertThat(version).containsEntry("version_number", before + 1).containsEntry("page_count", 12);
		long versionId = ((Number) version.get("id")).longValue();

		byte[] downloaded = this.mvc.perform(get("/reports/" + versionId + "/download").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PdfText.pages(downloaded)).isEqualTo(12);
		this.mvc.perform(get("/reports/" + versionId + "/download").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/reviews/" + this.salome + "/reports")
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestPdfs.report(1)))
				.with(csrf())
				.with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());

		// a response points at that version and paragraph
		long item = salomeItem(3);
		this.mvc
			.perform(post("/items/" + item + "/respond").with(csrf())
				.with(this.kent)
				.param("response", "Added the rationale in 4.3.")
				.param("reportVersion", String.valueOf(versionId))
				.param("addressedParagraph", "4.3"))
			.andExpect(redirectedUrl("/items/" + item));
		String csv = this.mvc.perform(get("/reviews/" + this.salome + "/matrix.csv").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().skip(1).count()).isEqualTo(7);
		assertThat(csv).contains("Added the rationale in 4.3.")
			.contains("Version " + (before + 1) + ", paragraph 4.3")
			.contains("Responded");
		byte[] matrixPdf = this.mvc.perform(get("/reviews/" + this.salome + "/matrix.pdf").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PdfText.of(matrixPdf)).contains("Added the rationale in 4.3.");
		this.mvc.perform(get("/reviews/" + this.salome + "/matrix.csv").with(this.users.as(DemoUsers.DEVON)))
			.andExpect(status().isNotFound());
	}

	@Test
	void acceptingTheLastAreaApprovesTheReviewAndBulkAcceptWorks() throws Exception {
		long[] review = reviewWithIssuedLetter("APPROVED_SUBJECT_TO_CHANGES", 2);
		for (long item : new long[] { review[1], review[2] }) {
			this.mvc
				.perform(post("/items/" + item + "/respond").with(csrf()).with(this.kent).param("response", "Done."))
				.andExpect(status().is3xxRedirection());
		}
		// the newest responses are at the end of the list, oldest first
		Document first = Pages.parse(this.mvc.perform(get("/items").with(this.secretariat)).andReturn());
		String last = first.select(".govuk-pagination__item a").eachText().stream().reduce((a, b) -> b).orElse("1");
		Document awaiting = Pages
			.parse(this.mvc.perform(get("/items").param("page", last).with(this.secretariat)).andReturn());
		assertThat(awaiting.select("input[name=items]").eachAttr("value")).contains(String.valueOf(review[1]),
				String.valueOf(review[2]));
		this.mvc
			.perform(post("/items/accept").with(csrf())
				.with(this.secretariat)
				.param("items", String.valueOf(review[1]), String.valueOf(review[2])))
			.andExpect(redirectedUrl("/items"));
		// the letter module reacts to the decision once it has committed
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select stage from review where id = ?", String.class, review[0]))
				.isEqualTo("APPROVED_FOR_PUBLICATION"));
	}

	@Test
	void aResubmitOutcomeGoesBackToThePanelOnceEveryAreaHasAResponse() throws Exception {
		long[] review = reviewWithIssuedLetter("RESUBMIT", 2);
		this.mvc.perform(post("/reviews/" + review[0] + "/resubmit").with(csrf()).with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + review[0]));
		assertThat(this.jdbc.queryForObject("select stage from review where id = ?", String.class, review[0]))
			.isEqualTo("FEEDBACK_ISSUED");
		for (long item : new long[] { review[1], review[2] }) {
			this.mvc
				.perform(post("/items/" + item + "/respond").with(csrf()).with(this.kent).param("response", "Done."))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post("/items/" + review[1] + "/accept").with(csrf()).with(this.secretariat));
		Document hub = Pages.parse(this.mvc.perform(get("/reviews/" + review[0]).with(this.kent)).andReturn());
		assertThat(hub.select("button").eachText()).contains("Resubmit to the QA Panel");
		this.mvc.perform(post("/reviews/" + review[0] + "/resubmit").with(csrf()).with(this.kent))
			.andExpect(redirectedUrl("/reviews/" + review[0]));
		assertThat(this.jdbc.queryForObject("select stage from review where id = ?", String.class, review[0]))
			.isEqualTo("RESUBMITTED");

		// at its next meeting, the new letter starts with the area not yet accepted
		Long meeting = this.jdbc.queryForObject("insert into panel_meeting (meeting_date) values (date '2040-01-01' + "
				+ "(random() * 3000)::int) on conflict (meeting_date) do update set meeting_date = excluded.meeting_date returning id",
				Long.class);
		this.jdbc.update("insert into panel_meeting_review (meeting_id, review_id) values (?, ?)", meeting, review[0]);
		String location = this.mvc
			.perform(post("/meetings/" + meeting + "/reviews/" + review[0] + "/letter").with(csrf())
				.with(this.secretariat))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long next = Long.parseLong(location.substring("/letters/".length()));
		assertThat(this.jdbc.queryForList("select carried_from_item_id from feedback_item where letter_id = ?",
				Long.class, next))
			.containsExactly(review[2]);
	}

	/**
	 * A Kent review with an issued letter of the given outcome and N open items: {review,
	 * item1, item2...}.
	 */
	private long[] reviewWithIssuedLetter(String outcome, int items) {
		Long kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		Long review = this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, "
						+ "stage) values (?, ?, 'Iris', 'HOMICIDE', 'FEEDBACK_ISSUED') returning id",
				Long.class, kent, "KM-F-" + UUID.randomUUID().toString().substring(0, 8));
		Long meeting = this.jdbc.queryForObject("insert into panel_meeting (meeting_date) values (date '2020-01-01' + "
				+ "(random() * 3000)::int) on conflict (meeting_date) do update set meeting_date = excluded.meeting_date returning id",
				Long.class);
		this.jdbc.update("insert into panel_meeting_review (meeting_id, review_id) values (?, ?)", meeting, review);
		Long letter = this.jdbc.queryForObject("insert into panel_letter (review_id, meeting_id, status, letter_date, "
				+ "letterhead, addressee_name, salutation, opening, outcome, outcome_text, list_heading, "
				+ "publication_instructions, closing, sign_off, issued_at) values (?, ?, 'ISSUED', current_date, 'x', "
				+ "'x', 'x', 'x', ?, 'x', 'x', 'x', 'x', 'x', now()) returning id", Long.class, review, meeting,
				outcome);
		long[] ids = new long[items + 1];
		ids[0] = review;
		for (int i = 1; i <= items; i++) {
			ids[i] = this.jdbc.queryForObject(
					"insert into feedback_item (letter_id, review_id, number, text, category, "
							+ "status) values (?, ?, ?, ?, 'OTHER', 'OPEN') returning id",
					Long.class, letter, review, i, "Point " + i);
		}
		return ids;
	}

	private String itemStatus(long item) {
		return this.jdbc.queryForObject("select status from feedback_item where id = ?", String.class, item);
	}

}

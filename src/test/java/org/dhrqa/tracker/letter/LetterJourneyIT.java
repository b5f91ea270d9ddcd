package org.dhrqa.tracker.letter;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;
import org.dhrqa.tracker.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4's acceptance: draft with three areas, preview, PDF, issue; Kent sees three open
 * items; Devon sees nothing.
 */
@IntegrationTest
class LetterJourneyIT {

	static final String[] AREAS = { "Paragraph 3.2 names the victim's employer; anonymise it.",
			"Add the month of death to the front page.", "Explain why the GP practice was not asked for an IMR." };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	DemoUsers users;

	RequestPostProcessor secretariat;

	@BeforeEach
	void setUp() {
		this.users = new DemoUsers(this.userDetailsService);
		this.secretariat = this.users.as(DemoUsers.SECRETARIAT);
	}

	/**
	 * A Kent review submitted to QA, added to a meeting; returns {reviewId, meetingId}.
	 */
	private long[] reviewAtAMeeting() throws Exception {
		String reference = "KM-L-" + UUID.randomUUID().toString().substring(0, 6);
		Long kent = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		Long review = this.jdbc.queryForObject("insert into review (csp_id, reference, victim_pseudonyms, review_type, "
				+ "stage, notified_on, submitted_to_qa_on) values (?, ?, 'Tessa', 'HOMICIDE', 'SUBMITTED_TO_QA', "
				+ "'2025-01-06', '2026-09-01') returning id", Long.class, kent, reference);
		int day = 1 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 27);
		int month = 1 + (int) (Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 9);
		String location = this.mvc
			.perform(post("/meetings/new").with(csrf())
				.with(this.secretariat)
				.param("date.day", String.valueOf(day))
				.param("date.month", String.valueOf(month))
				.param("date.year", String.valueOf(2030 + (int) (review % 50))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long meeting = Long.parseLong(location.substring("/meetings/".length()));
		this.mvc
			.perform(post("/meetings/" + meeting + "/reviews").with(csrf())
				.with(this.secretariat)
				.param("review", review.toString()))
			.andExpect(status().is3xxRedirection());
		return new long[] { review, meeting };
	}

	private long draftWithThreeAreas(long review, long meeting) throws Exception {
		String location = this.mvc
			.perform(
					post("/meetings/" + meeting + "/reviews/" + review + "/letter").with(csrf()).with(this.secretariat))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long letter = Long.parseLong(location.substring("/letters/".length()));
		this.mvc
			.perform(post("/letters/" + letter + "/strengths").with(csrf())
				.with(this.secretariat)
				.param("text", "A compassionate review that centres Tessa's voice."))
			.andExpect(status().is3xxRedirection());
		for (String area : AREAS) {
			this.mvc
				.perform(post("/letters/" + letter + "/items").with(csrf())
					.with(this.secretariat)
					.param("area", area)
					.param("paragraphRef", "3.2")
					.param("category", "OTHER"))
				.andExpect(status().is3xxRedirection());
		}
		return letter;
	}

	@Test
	void theSecretariatDraftsPreviewsAndIssuesAndOnlyKentSeesTheOpenItems() throws Exception {
		long[] ids = reviewAtAMeeting();
		long letter = draftWithThreeAreas(ids[0], ids[1]);

		// a CSP never sees a draft
		this.mvc.perform(get("/letters/" + letter).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isNotFound());

		String preview = this.mvc.perform(get("/letters/" + letter + "/preview").with(this.secretariat))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PdfText.normalise(org.jsoup.Jsoup.parse(preview).text())).contains(AREAS[0])
			.contains("Dear Clair,")
			.contains("Tessa");

		byte[] draftPdf = this.mvc.perform(get("/letters/" + letter + "/letter.pdf").with(this.secretariat))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(draftPdf);
		assertThat(text.indexOf(AREAS[0])).isLessThan(text.indexOf(AREAS[1]));
		assertThat(text.indexOf(AREAS[1])).isLessThan(text.indexOf(AREAS[2]));

		String version = this.jdbc.queryForObject("select version from panel_letter where id = ?", String.class,
				letter);
		this.mvc
			.perform(
					post("/letters/" + letter + "/issue").with(csrf()).with(this.secretariat).param("version", version))
			.andExpect(status().is3xxRedirection());
		// double click: the second request finds it issued and changes nothing
		this.mvc
			.perform(
					post("/letters/" + letter + "/issue").with(csrf()).with(this.secretariat).param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from stored_file f join panel_letter l on l.issued_file_id = f.id " + "where l.id = ?",
				Integer.class, letter))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select stage from review where id = ?", String.class, ids[0]))
			.isEqualTo("FEEDBACK_ISSUED");

		Document kentView = Pages.parse(this.mvc.perform(get("/letters/" + letter).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(kentView.select("tbody tr .govuk-tag").eachText()).containsExactly("Open", "Open", "Open");
		this.mvc.perform(get("/api/reviews/" + ids[0]).with(this.users.as(DemoUsers.KENT)))
			.andExpect(jsonPath("$.openFeedbackItems").value(3))
			.andExpect(jsonPath("$.totalFeedbackItems").value(3));
		// the CSP is told by the notification module, after the issue commits
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.jdbc.queryForObject(
							"select count(*) from notification n join app_user u on u.id = n.user_id "
									+ "where u.email = 'kent@example.org' and n.link = ?",
							Integer.class, "/letters/" + letter))
						.isEqualTo(1));
		this.mvc.perform(get("/notifications").with(this.users.as(DemoUsers.KENT))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList("select status from outbound_email where recipient = 'kent@example.org' "
				+ "and subject like '%Tessa%'", String.class))
			.containsExactly("RECORDED");

		for (String path : List.of("/letters/" + letter, "/letters/" + letter + "/letter.pdf",
				"/letters/" + letter + "/preview")) {
			this.mvc.perform(get(path).with(this.users.as(DemoUsers.DEVON))).andExpect(status().isNotFound());
		}
	}

	@Test
	void anIssuedLetterCannotBeEditedAndACorrectionCarriesProgress() throws Exception {
		long[] ids = reviewAtAMeeting();
		long letter = draftWithThreeAreas(ids[0], ids[1]);
		String version = this.jdbc.queryForObject("select version from panel_letter where id = ?", String.class,
				letter);
		this.mvc
			.perform(
					post("/letters/" + letter + "/issue").with(csrf()).with(this.secretariat).param("version", version))
			.andExpect(status().is3xxRedirection());

		String flash = this.mvc
			.perform(post("/letters/" + letter + "/items").with(csrf())
				.with(this.secretariat)
				.param("area", "One more point")
				.param("category", "OTHER"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("flash")
			.toString();
		assertThat(flash).contains("has been issued and cannot be changed");
		this.mvc.perform(get("/letters/" + letter + "/edit").with(this.secretariat))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from feedback_item where letter_id = ?", Integer.class,
				letter))
			.isEqualTo(3);

		// the CSP answers the first point before the correction
		Long first = this.jdbc.queryForObject("select id from feedback_item where letter_id = ? and number = 1",
				Long.class, letter);
		this.jdbc.update("update feedback_item set status = 'RESPONDED', response_text = 'Done' where id = ?", first);

		Document refused = Pages.parse(this.mvc
			.perform(post("/letters/" + letter + "/correct").with(csrf()).with(this.secretariat).param("reason", ""))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(refused, "Enter why the letter is being corrected");

		String location = this.mvc
			.perform(post("/letters/" + letter + "/correct").with(csrf())
				.with(this.secretariat)
				.param("reason", "The second area named the wrong paragraph"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long correction = Long.parseLong(location.substring("/letters/".length()));
		Long second = this.jdbc.queryForObject("select id from feedback_item where letter_id = ? and number = 2",
				Long.class, correction);
		this.mvc
			.perform(post("/letters/" + correction + "/items/" + second + "/edit").with(csrf())
				.with(this.secretariat)
				.param("version",
						this.jdbc.queryForObject("select version from feedback_item where id = ?", String.class,
								second))
				.param("area", AREAS[1])
				.param("paragraphRef", "1.1")
				.param("category", "MISSING_FACT_OR_DATE"))
			.andExpect(status().is3xxRedirection());
		String correctionVersion = this.jdbc.queryForObject("select version from panel_letter where id = ?",
				String.class, correction);
		this.mvc
			.perform(post("/letters/" + correction + "/issue").with(csrf())
				.with(this.secretariat)
				.param("version", correctionVersion))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select status from panel_letter where id = ?", String.class, letter))
			.isEqualTo("SUPERSEDED");
		assertThat(this.jdbc.queryForList("select status || ':' || coalesce(response_text, '') from feedback_item "
				+ "where letter_id = ? order by number", String.class, correction))
			.containsExactly("RESPONDED:Done", "OPEN:", "OPEN:");
		assertThat(this.jdbc.queryForList("select distinct status from feedback_item where letter_id = ?", String.class,
				letter))
			.containsExactly("WITHDRAWN");
		this.mvc.perform(get("/api/reviews/" + ids[0]).with(this.users.as(DemoUsers.KENT)))
			.andExpect(jsonPath("$.totalFeedbackItems").value(3));
		this.mvc.perform(get("/reviews/" + ids[0]).with(this.users.as(DemoUsers.KENT))).andExpect(status().isOk());
	}

	@Test
	void lettersWithOneAreaAndWithFortyAreasBothLayOut() throws Exception {
		for (int count : new int[] { 1, 40 }) {
			long[] ids = reviewAtAMeeting();
			String location = this.mvc
				.perform(post("/meetings/" + ids[1] + "/reviews/" + ids[0] + "/letter").with(csrf())
					.with(this.secretariat))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long letter = Long.parseLong(location.substring("/letters/".length()));
			for (int i = 1; i <= count; i++) {
				this.mvc
					.perform(post("/letters/" + letter + "/items").with(csrf())
						.with(this.secretariat)
						.param("area", "Area number " + i + " asks for a specific, checkable change to the report.")
						.param("category", "OTHER"))
					.andExpect(status().is3xxRedirection());
			}
			byte[] pdf = this.mvc.perform(get("/letters/" + letter + "/letter.pdf").with(this.secretariat))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = PdfText.of(pdf);
			int from = 0;
			for (int i = 1; i <= count; i++) {
				int at = text.indexOf("Area number " + i + " asks", from);
				assertThat(at).as("area %d of %d in order", i, count).isGreaterThanOrEqualTo(from);
				from = at;
			}
			assertThat(PdfText.pages(pdf)).isBetween(count == 1 ? 2 : 3, count == 1 ? 2 : 6);
			assertThat(text).contains("Yours sincerely,");
		}
	}

	@Test
	void onlyTheSecretariatDraftsAndMeetingsAreForTheHomeOffice() throws Exception {
		long[] ids = reviewAtAMeeting();
		this.mvc
			.perform(post("/meetings/" + ids[1] + "/reviews/" + ids[0] + "/letter").with(csrf())
				.with(this.users.as(DemoUsers.MANAGER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/" + ids[1]).with(this.users.as(DemoUsers.KENT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/" + ids[1]).with(this.users.as(DemoUsers.MANAGER))).andExpect(status().isOk());
		Document page = Pages.parse(this.mvc.perform(
				post("/meetings/" + ids[1] + "/reviews").with(csrf()).with(this.secretariat).param("review", "999999"))
			.andExpect(status().isOk())
			.andReturn());
		Pages.assertErrors(page, "Select a review that is waiting for the QA Panel");
		this.mvc.perform(get("/reviews").with(this.users.as(DemoUsers.SECRETARIAT))).andExpect(status().isOk());
		this.mvc.perform(get("/api/reviews").with(this.users.as(DemoUsers.SECRETARIAT)))
			.andExpect(jsonPath("$[*].id", hasItem((int) ids[0])));
	}

}

package org.dhrqa.tracker.letterimport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a letter end to end through the pages: upload, check beside the original,
 * correct an item, match the review, confirm; then the letter is issued, its items open,
 * the review has moved on, and the original file stays within the CSP.
 */
@IntegrationTest
class LetterImportJourneyIT {

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

	/** A Kent review with the QA Panel, under a pseudonym no other review has. */
	private long[] reviewWithThePanel(String pseudonym) {
		Long kentId = this.jdbc.queryForObject("select id from csp where name like 'Kent%'", Long.class);
		Long review = this.jdbc.queryForObject(
				"insert into review (csp_id, reference, victim_pseudonyms, review_type, stage, notified_on, "
						+ "submitted_to_qa_on) values (?, ?, ?, 'HOMICIDE', 'SUBMITTED_TO_QA', '2023-01-09', "
						+ "'2024-04-26') returning id",
				Long.class, kentId, "KM-IMP-" + pseudonym, pseudonym);
		return new long[] { review, kentId };
	}

	private static String letterAbout(String pseudonym) throws Exception {
		return SeedLetterTests.seed().replace("Salome", pseudonym);
	}

	/** Every field of a form as a browser would send it, with some values changed. */
	private static MockHttpServletRequestBuilder submit(Element form, Map<String, String> changes) {
		MockHttpServletRequestBuilder request = post(form.attr("action"));
		Map<String, String> values = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String type = field.attr("type");
			if (type.equals("submit") || type.equals("file")) {
				continue;
			}
			if ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked")) {
				continue;
			}
			values.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText()
					: field.tagName().equals("select") ? Pages.valueOf(form.ownerDocument(), field.id()) : field.val());
		}
		values.putAll(changes);
		values.forEach(request::param);
		return request;
	}

	private Document page(String path, RequestPostProcessor user) throws Exception {
		return Pages.parse(this.mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn());
	}

	@Test
	void aCspImportsALetterChecksItCorrectsAnItemAndConfirmsIt() throws Exception {
		String pseudonym = "Imogen" + UUID.randomUUID().toString().substring(0, 4);
		long[] ids = reviewWithThePanel(pseudonym);
		byte[] pdf = LetterFixtures.pdf(letterAbout(pseudonym));

		String location = this.mvc
			.perform(multipart("/letter-imports/upload")
				.file(new MockMultipartFile("file", "letter.pdf", "application/pdf", pdf))
				.with(csrf())
				.with(this.kent))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long importId = Long.parseLong(location.substring("/letter-imports/".length()));

		// nothing is tracked yet
		assertThat(this.jdbc.queryForObject("select count(*) from panel_letter where review_id = ?", Integer.class,
				ids[0]))
			.isZero();

		Document check = page(location, this.kent);
		assertThat(check.select(".app-letter-original").text()).contains("Areas for final development:");
		assertThat(Pages.valueOf(check, "items-0-text")).isEqualTo("In 16.2.7 Ahmed is referred to by another name.");
		assertThat(Pages.valueOf(check, "items-0-sectionRef")).isEqualTo("16.2.7");
		assertThat(check.select("[id^=items-][id$=-text]")).hasSize(7);
		assertThat(Pages.valueOf(check, "victimPseudonyms")).isEqualTo(pseudonym);

		// a date that is not a date is refused, keeping what was typed
		Element form = check.selectFirst("form[action$=/letter-imports/" + importId + "]");
		Document rejected = Pages.parse(
				this.mvc
					.perform(submit(form,
							Map.of("letterDate.day", "32", "items[1].text", "Edited but not saved", "action",
									"continue"))
						.with(csrf())
						.with(this.kent))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(rejected, "The date of the letter must be a real date");
		Pages.assertInlineError(rejected, "letterDate", "The date of the letter must be a real date");
		assertThat(Pages.valueOf(rejected, "letterDate")).isEqualTo("32");
		assertThat(Pages.valueOf(rejected, "items-1-text")).isEqualTo("Edited but not saved");

		// correct an item and continue
		String edited = "The front page should give the month and year of death.";
		this.mvc
			.perform(submit(form, Map.of("items[1].text", edited, "action", "continue")).with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/letter-imports/" + importId + "/review"));

		Document match = page("/letter-imports/" + importId + "/review", this.kent);
		assertThat(match.select("input[name=review][value=" + ids[0] + "]")).hasSize(1);
		this.mvc
			.perform(post("/letter-imports/" + importId + "/review").param("review", String.valueOf(ids[0]))
				.with(csrf())
				.with(this.kent))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/letter-imports/" + importId + "/confirm"));
		Document confirm = page("/letter-imports/" + importId + "/confirm", this.kent);
		assertThat(confirm.text()).contains("Feedback issued", edited);

		String letterPath = this.mvc
			.perform(post("/letter-imports/" + importId + "/confirm").with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long letterId = Long.parseLong(letterPath.substring("/letters/".length()));

		Map<String, Object> letter = this.jdbc.queryForMap("select * from panel_letter where id = ?", letterId);
		assertThat(letter.get("status")).isEqualTo("ISSUED");
		assertThat(letter.get("review_id")).isEqualTo(ids[0]);
		assertThat(letter.get("letter_date").toString()).isEqualTo("2024-08-07");
		assertThat(letter.get("outcome")).isEqualTo("APPROVED_SUBJECT_TO_CHANGES");
		assertThat(letter.get("received_file_id")).isNotNull().isEqualTo(letter.get("issued_file_id"));
		List<Map<String, Object>> items = this.jdbc.queryForList(
				"select text, paragraph_ref, status from feedback_item where letter_id = ? order by number", letterId);
		assertThat(items).hasSize(7).allMatch((item) -> item.get("status").equals("OPEN"));
		assertThat(items.get(0).get("paragraph_ref")).isEqualTo("16.2.7");
		assertThat(items.get(1).get("text")).isEqualTo(edited);
		assertThat(this.jdbc.queryForObject("select stage from review where id = ?", String.class, ids[0]))
			.isEqualTo("FEEDBACK_ISSUED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from review_stage_change where review_id = ? and to_stage = 'FEEDBACK_ISSUED' "
						+ "and effective_on = '2024-08-07'",
				Integer.class, ids[0]))
			.isEqualTo(1);
		assertThat(this.jdbc
			.queryForObject("select count(*) from panel_meeting m join panel_meeting_review r on r.meeting_id = m.id "
					+ "where r.review_id = ? and m.meeting_date = '2024-06-19'", Integer.class, ids[0]))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select status from letter_import where id = ?", String.class, importId))
			.isEqualTo("CONFIRMED");

		// a second click finds the letter already recorded
		this.mvc.perform(post("/letter-imports/" + importId + "/confirm").with(csrf()).with(this.kent))
			.andExpect(header().string("Location", "/letters/" + letterId));
		assertThat(this.jdbc.queryForObject("select count(*) from panel_letter where review_id = ?", Integer.class,
				ids[0]))
			.isEqualTo(1);

		// the CSP sees the letter; the original stays within the CSP
		this.mvc.perform(get("/letters/" + letterId).with(this.kent)).andExpect(status().isOk());
		byte[] original = this.mvc.perform(get("/letter-imports/" + importId + "/original").with(this.kent))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(original).isEqualTo(pdf);
		this.mvc.perform(get("/letter-imports/" + importId + "/original").with(this.users.as(DemoUsers.KENT_MANAGER)))
			.andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/letters/" + letterId + "/letter.pdf").with(this.kent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).as("the letter's PDF is the one received").isEqualTo(pdf);
		RequestPostProcessor devon = this.users.as(DemoUsers.DEVON);
		this.mvc.perform(get("/letter-imports/" + importId).with(devon)).andExpect(status().isNotFound());
		this.mvc.perform(get("/letter-imports/" + importId + "/original").with(devon)).andExpect(status().isNotFound());
		this.mvc.perform(post("/letter-imports/" + importId + "/discard").with(csrf()).with(devon))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/letter-imports/" + importId).with(this.users.as(DemoUsers.MANAGER)))
			.andExpect(status().isForbidden());
		assertThat(page("/letter-imports", devon).text()).doesNotContain("letter.pdf");
	}

	@Test
	void theSecretariatPastesAnApprovedLetterAndRegistersItsReview() throws Exception {
		String pseudonym = "Ottilie" + UUID.randomUUID().toString().substring(0, 4);
		String text = """
				12 March 2025

				Dear Chair,

				Thank you for submitting the DHR report (%s) for Devon Community Safety Partnership to the Home
				Office Quality Assurance (QA) Panel. The report was considered at the QA Panel meeting on 5 February.

				The QA Panel found this a compassionate review. The Home Office is content that the DHR may be
				published.

				On behalf of the QA Panel, thank you for your work on this review.

				Yours sincerely,
				Home Office DHR Quality Assurance Panel
				""".formatted(pseudonym);
		RequestPostProcessor secretariat = this.users.as(DemoUsers.SECRETARIAT);
		String location = this.mvc
			.perform(post("/letter-imports/paste").param("text", text).with(csrf()).with(secretariat))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long importId = Long.parseLong(location.substring("/letter-imports/".length()));
		Document check = page(location, secretariat);
		Long devon = this.jdbc.queryForObject("select id from csp where name like 'Devon%'", Long.class);
		assertThat(Pages.valueOf(check, "csp")).isEqualTo(devon.toString());
		assertThat(Pages.valueOf(check, "meetingDate-year")).isEqualTo("2025");
		Element form = check.selectFirst("form[action$=/letter-imports/" + importId + "]");
		this.mvc.perform(submit(form, Map.of("action", "continue")).with(csrf()).with(secretariat))
			.andExpect(header().string("Location", "/letter-imports/" + importId + "/review"));

		// a new review needs its facts
		Document rejected = Pages.parse(
				this.mvc
					.perform(post("/letter-imports/" + importId + "/review").param("review", "new")
						.param("reference", "")
						.with(csrf())
						.with(secretariat))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(rejected, "Enter the review’s reference", "Select the type of review");
		this.mvc
			.perform(post("/letter-imports/" + importId + "/review").param("review", "new")
				.param("reference", "DEV-IMP-" + pseudonym)
				.param("type", "SUICIDE")
				.param("notifiedOn.day", "2")
				.param("notifiedOn.month", "1")
				.param("notifiedOn.year", "2023")
				.with(csrf())
				.with(secretariat))
			.andExpect(header().string("Location", "/letter-imports/" + importId + "/confirm"));
		assertThat(this.jdbc.queryForObject("select count(*) from review where victim_pseudonyms = ?", Integer.class,
				pseudonym))
			.as("nothing is tracked before confirming")
			.isZero();
		this.mvc.perform(post("/letter-imports/" + importId + "/confirm").with(csrf()).with(secretariat))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> review = this.jdbc.queryForMap("select * from review where victim_pseudonyms = ?",
				pseudonym);
		assertThat(review.get("csp_id")).isEqualTo(devon);
		assertThat(review.get("stage")).isEqualTo("APPROVED_FOR_PUBLICATION");
		assertThat(this.jdbc.queryForList("select to_stage from review_stage_change where review_id = ? order by id",
				String.class, review.get("id")))
			.endsWith("SUBMITTED_TO_QA", "FEEDBACK_ISSUED", "APPROVED_FOR_PUBLICATION");
		assertThat(this.jdbc.queryForObject("select outcome from panel_letter where review_id = ?", String.class,
				review.get("id")))
			.isEqualTo("APPROVED");
		// the secretariat's import is Devon's once confirmed
		assertThat(page("/letter-imports", this.users.as(DemoUsers.DEVON)).text()).contains("pasted-letter.txt");
	}

	@Test
	void unplacedTextMustBePlacedByHandBeforeContinuing() throws Exception {
		String text = SeedLetterTests.seed()
			.replace("Once completed", "The Panel discussed the regional learning at length.\n\nOnce completed");
		String location = this.mvc
			.perform(post("/letter-imports/paste").param("text", text).with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document check = page(location, this.kent);
		assertThat(check.select(".govuk-inset-text").text()).contains("regional learning");
		Element form = check.selectFirst("form[action=" + location + "]");
		Document rejected = Pages
			.parse(this.mvc.perform(submit(form, Map.of("action", "continue")).with(csrf()).with(this.kent))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(rejected, "Choose where this paragraph goes");
		this.mvc
			.perform(submit(form, Map.of("unplaced[0].place", "ITEM", "action", "save")).with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection());
		Document placed = page(location, this.kent);
		assertThat(placed.select("[id^=items-][id$=-text]")).hasSize(8);
		assertThat(Pages.valueOf(placed, "items-7-text")).contains("regional learning");
		assertThat(placed.select(".govuk-inset-text")).isEmpty();

		// move the new item up, remove the first, and add an empty one
		Element again = placed.selectFirst("form[action=" + location + "]");
		this.mvc.perform(submit(again, Map.of("action", "up-7")).with(csrf()).with(this.kent))
			.andExpect(status().is3xxRedirection());
		Document moved = page(location, this.kent);
		assertThat(Pages.valueOf(moved, "items-6-text")).contains("regional learning");
		this.mvc
			.perform(submit(moved.selectFirst("form[action=" + location + "]"), Map.of("action", "remove-0"))
				.with(csrf())
				.with(this.kent))
			.andExpect(status().is3xxRedirection());
		Document removed = page(location, this.kent);
		assertThat(Pages.valueOf(removed, "items-0-text")).startsWith("The front page");
		this.mvc
			.perform(submit(removed.selectFirst("form[action=" + location + "]"), Map.of("action", "add")).with(csrf())
				.with(this.kent))
			.andExpect(status().is3xxRedirection());
		assertThat(page(location, this.kent).select("[id^=items-][id$=-text]")).hasSize(8);
		assertThat(new String(this.mvc.perform(get(location + "/original").with(this.kent))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Test
	void aCspIsWarnedWhenTheLetterNamesAnotherCsp() throws Exception {
		RequestPostProcessor devon = this.users.as(DemoUsers.DEVON);
		String location = this.mvc
			.perform(post("/letter-imports/paste").param("text", SeedLetterTests.seed()).with(csrf()).with(devon))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page(location, devon).select(".govuk-notification-banner").text())
			.contains("The letter names Kent & Medway Community Safety Partnership. You can import letters only for "
					+ "Devon Community Safety Partnership");
		this.mvc.perform(get(location).with(this.kent)).andExpect(status().isNotFound());
	}

	@Test
	void aFileThatCannotBeReadIsRefusedOnTheUploadPage() throws Exception {
		Document page = Pages.parse(
				this.mvc
					.perform(
							multipart("/letter-imports/upload")
								.file(new MockMultipartFile("file", "letter.pdf", "application/pdf",
										"%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)))
								.with(csrf())
								.with(this.kent))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(page, "The file could not be read. It may be damaged. Save it again as a PDF or Word "
				+ "document and upload it again");
		Pages.assertInlineError(page, "file", "could not be read");
		Document empty = Pages
			.parse(this.mvc.perform(post("/letter-imports/paste").param("text", " ").with(csrf()).with(this.kent))
				.andExpect(status().isOk())
				.andReturn());
		Pages.assertErrors(empty, "Paste the letter’s text");
		Document tooLarge = page("/letter-imports/new?tooLarge=true", this.kent);
		Pages.assertInlineError(tooLarge, "file", "smaller than 20 MB");
	}

}

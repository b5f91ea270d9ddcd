package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mistakes have a way back: a draft letter (first or correction) can be discarded with
 * its areas, and a meeting scheduled by mistake deleted while it has no letters.
 */
@IntegrationTest
class LetterUndoIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
	}

	private Long submittedReview(String victim) {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-UNDO"), victim,
				LocalDate.of(2024, 2, 5), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), this.kent);
		return review;
	}

	@Test
	void aDraftLetterIsDiscardedWithItsAreasAndTheMeetingCanThenGo() throws Exception {
		Long review = submittedReview("Xena");
		// a meeting date of its own: other tests' letters share a meeting on the same
		// date
		LocalDate date = this.jdbc.queryForObject(
				"select coalesce(max(meeting_date), date '2010-01-06') + 7 from panel_meeting", LocalDate.class);
		Long draft = this.fixtures.letters.draft(review, date, List.of("Proofread it."), this.secretariat);
		Long meeting = this.fixtures.letters.view(draft, this.secretariat).meetingId();

		this.mvc.perform(post("/meetings/" + meeting + "/delete").with(csrf()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/meetings/" + meeting));
		assertThat(count("panel_meeting where id = ?", meeting)).isEqualTo(1);

		this.mvc.perform(get("/letters/" + draft + "/discard").with(user(this.secretariat))).andExpect(status().isOk());
		this.mvc.perform(post("/letters/" + draft + "/discard").with(csrf()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/meetings/" + meeting));
		assertThat(count("panel_letter where id = ?", draft)).isZero();
		assertThat(count("feedback_item where letter_id = ?", draft)).isZero();
		assertThat(this.jdbc.queryForObject("select stage from review where id = ?", String.class, review))
			.isEqualTo("SUBMITTED_TO_QA");

		this.mvc.perform(post("/meetings/" + meeting + "/delete").with(csrf()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/meetings"));
		assertThat(count("panel_meeting where id = ?", meeting)).isZero();
	}

	@Test
	void discardingACorrectionLeavesTheIssuedLetterAndItsWork() throws Exception {
		Long review = submittedReview("Yara");
		Long issued = this.fixtures.letters.issued(review, LocalDate.of(2024, 7, 24), List.of("Name the agency."),
				this.secretariat);
		Long item = this.fixtures.letters.view(issued, this.kent).items().get(0).id();
		this.fixtures.items.respond(item, "Named in 3.2.", this.kent);
		Long correction = Long.valueOf(this.mvc
			.perform(post("/letters/" + issued + "/correct").with(csrf())
				.with(user(this.secretariat))
				.param("reason", "Wrong meeting date"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/letters/", ""));

		this.mvc.perform(post("/letters/" + correction + "/discard").with(csrf()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/letters/" + issued));

		assertThat(this.jdbc.queryForObject("select status from panel_letter where id = ?", String.class, issued))
			.isEqualTo("ISSUED");
		assertThat(this.jdbc.queryForObject("select status from feedback_item where id = ?", String.class, item))
			.isEqualTo("RESPONDED");
		this.mvc.perform(post("/letters/" + issued + "/discard").with(csrf()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/letters/" + issued));
		assertThat(count("panel_letter where id = ?", issued)).isEqualTo(1);
	}

	private long count(String where, Long id) {
		return this.jdbc.queryForObject("select count(*) from " + where, Long.class, id);
	}

}

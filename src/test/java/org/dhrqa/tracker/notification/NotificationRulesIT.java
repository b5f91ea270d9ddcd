package org.dhrqa.tracker.notification;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

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
 * Who hears what after which action, each built through the modules' own services on a
 * review of its own: the secretariat of responses and resubmissions, the CSP of letters,
 * decisions and approval, an assignee of the item given to them, and nobody of another
 * CSP's work or of what they did themselves.
 */
@IntegrationTest
class NotificationRulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FeedbackWork work;

	Fixtures fixtures;

	Told told;

	SignedInUser kent;

	SignedInUser kentManager;

	SignedInUser devon;

	SignedInUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.told = new Told(this.jdbc);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.kentManager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		this.devon = this.fixtures.user(DemoUsers.DEVON);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
	}

	/** A Kent review with a letter of this outcome issued: {review, letter, items...}. */
	private long[] issued(String victim, Outcome outcome, String... areas) {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-HEAR"), victim,
				LocalDate.of(2024, 1, 10), this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), this.kent);
		Long letter = this.fixtures.letters.draft(review, LocalDate.of(2024, 7, 17), List.of(areas), this.secretariat);
		if (outcome != Outcome.APPROVED_SUBJECT_TO_CHANGES) {
			this.fixtures.letters.outcome(letter, outcome, this.secretariat);
		}
		this.fixtures.letters.issue(letter, this.secretariat);
		List<Long> items = this.fixtures.letters.view(letter, this.kent).items().stream().map((i) -> i.id()).toList();
		long[] ids = new long[2 + items.size()];
		ids[0] = review;
		ids[1] = letter;
		for (int i = 0; i < items.size(); i++) {
			ids[2 + i] = items.get(i);
		}
		return ids;
	}

	@Test
	void afterKentRespondsTheSecretariatFindsItInTheirNotifications() throws Exception {
		long[] ids = issued("Orla", Outcome.APPROVED_SUBJECT_TO_CHANGES, "Add the month of death to the front page.");
		long item = ids[2];

		this.mvc
			.perform(post("/items/" + item + "/respond").with(csrf())
				.with(user(this.kent))
				.param("response", "Added June 2023 to the front page."))
			.andExpect(redirectedUrl("/items/" + item));

		Told.Seen seen = this.told.awaitAbout(this.secretariat, "/items/" + item, 1).get(0);
		assertThat(seen.kind()).isEqualTo("ITEM_RESPONDED");
		assertThat(seen.subject()).isEqualTo("Response to area 1 of Orla (Kent & Medway Community Safety Partnership)");
		assertThat(seen.body()).contains("Jo Williams responded to area 1")
			.contains("Add the month of death to the front page.");

		Document inbox = Pages.parse(this.mvc.perform(get("/notifications").with(user(this.secretariat)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(inbox.select(".app-inbox__item--unread h2 a").eachText())
			.contains("Response to area 1 of Orla (Kent & Medway Community Safety Partnership)");
		assertThat(inbox.select("a[href=/notifications/" + seen.id() + "]")).hasSize(1);
		String header = inbox.select(".govuk-service-navigation__link[href=/notifications]").text();
		assertThat(header).matches("Notifications \\(\\d+\\)");

		// opening it marks it read and goes to the item
		this.mvc.perform(get("/notifications/" + seen.id()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/items/" + item));
		assertThat(this.jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class,
				seen.id()))
			.isTrue();
		// Kent, who responded, and Devon, of another CSP, hear nothing of it
		assertThat(this.told.about(this.kent, "/items/" + item)).isEmpty();
		assertThat(this.told.about(this.devon, "/items/" + item)).isEmpty();
	}

	@Test
	void anAssigneeHearsOfTheItemAndAloneHearsItReturned() {
		long[] ids = issued("Petra", Outcome.APPROVED_SUBJECT_TO_CHANGES, "Name the agencies.");
		long item = ids[2];
		String link = "/items/" + item;

		this.work.assign(item, this.kentManager.id(), this.kent);
		Told.Seen assigned = this.told.awaitAbout(this.kentManager, link, 1).get(0);
		assertThat(assigned.kind()).isEqualTo("ITEM_ASSIGNED");
		assertThat(assigned.subject()).isEqualTo("Area 1 of Petra has been assigned to you");
		assertThat(assigned.body()).startsWith("Jo Williams assigned area 1").endsWith("Name the agencies.");

		this.work.respond(item, "Named every agency in section 4.", null, "4.1", this.kentManager);
		this.work.returnToCsp(item, "Section 5 still says 'the agency'.", this.secretariat);

		List<Told.Seen> manager = this.told.awaitAbout(this.kentManager, link, 2);
		assertThat(manager.get(1).kind()).isEqualTo("ITEM_RETURNED");
		assertThat(manager.get(1).subject()).isEqualTo("Area 1 of Petra was returned");
		assertThat(manager.get(1).body()).endsWith("Reason: Section 5 still says 'the agency'.");
		// the CSP's other person was neither given the item nor told of its return
		assertThat(this.told.about(this.kent, link)).isEmpty();
	}

	@Test
	void whoeverRespondedHearsOfTheAcceptanceAndTheWholeCspOfTheApproval() {
		long[] ids = issued("Quinn", Outcome.APPROVED_SUBJECT_TO_CHANGES, "Proofread the report.");
		long review = ids[0];
		long item = ids[2];

		// nobody was given the area: answering it makes it Kent's
		this.work.respond(item, "Proofread by the chair.", null, null, this.kent);
		this.work.accept(item, "Thank you.", this.secretariat);

		Told.Seen accepted = this.told.awaitAbout(this.kent, "/items/" + item, 1).get(0);
		assertThat(accepted.kind()).isEqualTo("ITEM_ACCEPTED");
		assertThat(accepted.subject()).isEqualTo("Area 1 of Quinn was accepted");
		assertThat(accepted.body()).contains("Their note: Thank you.");
		// the last area accepted approves the review, and the whole CSP hears that
		for (SignedInUser person : List.of(this.kent, this.kentManager)) {
			Told.Seen approved = this.told.awaitAbout(person, "/reviews/" + review + "/publication", 1).get(0);
			assertThat(approved.kind()).isEqualTo("REVIEW_APPROVED");
			assertThat(approved.subject()).isEqualTo("Quinn is approved for publication");
		}
		assertThat(this.told.about(this.kentManager, "/items/" + item)).isEmpty();
		assertThat(this.told.about(this.devon, "/items/" + item)).isEmpty();
		assertThat(this.told.about(this.devon, "/reviews/" + review + "/publication")).isEmpty();
		assertThat(this.told.about(this.secretariat, "/items/" + item)).hasSize(1)
			.allSatisfy((seen) -> assertThat(seen.kind()).isEqualTo("ITEM_RESPONDED"));
	}

	@Test
	void theCspHearsOfALetterIssuedAndOfItsCorrection() {
		long[] ids = issued("Rhea", Outcome.APPROVED_SUBJECT_TO_CHANGES, "Add a glossary.", "Check the dates.");
		long letter = ids[1];

		for (SignedInUser person : List.of(this.kent, this.kentManager)) {
			Told.Seen seen = this.told.awaitAbout(person, "/letters/" + letter, 1).get(0);
			assertThat(seen.kind()).isEqualTo("LETTER_ISSUED");
			assertThat(seen.subject()).isEqualTo("QA Panel letter issued: Rhea");
			assertThat(seen.body()).contains("It has 2 area(s) for development");
		}

		Long corrected = this.fixtures.letters.correction(letter, "The second area was worded wrongly.",
				this.secretariat);
		this.fixtures.letters.issue(corrected, this.secretariat);
		Told.Seen correction = this.told.awaitAbout(this.kent, "/letters/" + corrected, 1).get(0);
		assertThat(correction.subject()).isEqualTo("Corrected QA Panel letter issued: Rhea");
		assertThat(correction.body()).contains("(version 2)");
		assertThat(this.told.about(this.devon, "/letters/" + letter)).isEmpty();
		assertThat(this.told.about(this.secretariat, "/letters/" + letter)).isEmpty();
	}

	@Test
	void theSecretariatHearsOfAResubmission() throws Exception {
		long[] ids = issued("Sable", Outcome.RESUBMIT, "Rewrite the analysis.");
		long review = ids[0];
		this.work.respond(ids[2], "Rewritten with the panel's points.", null, null, this.kent);

		this.mvc.perform(post("/reviews/" + review + "/resubmit").with(csrf()).with(user(this.kent)))
			.andExpect(status().is3xxRedirection());

		Told.Seen seen = this.told.awaitAbout(this.secretariat, "/reviews/" + review, 1).get(0);
		assertThat(seen.kind()).isEqualTo("REVIEW_RESUBMITTED");
		assertThat(seen.subject()).isEqualTo("Review resubmitted: Sable (Kent & Medway Community Safety Partnership)");
		assertThat(this.told.about(this.kent, "/reviews/" + review)).isEmpty();
	}

	@Test
	void anItemWithdrawnByACorrectionOpensItsReviewsItems() throws Exception {
		long[] ids = issued("Tamsin", Outcome.APPROVED_SUBJECT_TO_CHANGES, "Explain the gap in 2019.");
		long item = ids[2];
		this.work.respond(item, "Explained in 6.3.", null, "6.3", this.kent);
		Told.Seen seen = this.told.awaitAbout(this.secretariat, "/items/" + item, 1).get(0);

		Long corrected = this.fixtures.letters.correction(ids[1], "Wrong meeting date.", this.secretariat);
		this.fixtures.letters.issue(corrected, this.secretariat);

		this.mvc.perform(get("/notifications/" + seen.id()).with(user(this.secretariat)))
			.andExpect(redirectedUrl("/reviews/" + ids[0] + "/items"));
		// nobody opens another person's notification
		this.mvc.perform(get("/notifications/" + seen.id()).with(user(this.kent))).andExpect(status().isNotFound());
	}

}

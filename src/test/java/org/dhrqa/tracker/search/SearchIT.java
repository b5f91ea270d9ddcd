package org.dhrqa.tracker.search;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search finds reviews, items, responses and comments, each person only what they may
 * see: a CSP person nothing of another CSP and nothing of a letter still in draft.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FeedbackWork work;

	SignedInUser kent;

	SignedInUser devon;

	SignedInUser secretariat;

	Long review;

	Long item;

	Long draftLetter;

	@BeforeAll
	void kentsRecords() {
		Fixtures fixtures = new Fixtures(this.context);
		this.kent = fixtures.user(DemoUsers.KENT);
		this.devon = fixtures.user(DemoUsers.DEVON);
		this.secretariat = fixtures.user(DemoUsers.SECRETARIAT);
		this.review = fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-FIND"), "Zephyrine",
				LocalDate.of(2024, 1, 10), this.kent);
		fixtures.reviews.submitToQa(this.review, LocalDate.of(2024, 6, 3), this.kent);
		Long letter = fixtures.letters.issued(this.review, LocalDate.of(2024, 8, 7),
				List.of("The chronology omits the marmalade incident of 2019 <b>entirely</b>."), this.secretariat);
		this.item = fixtures.letters.view(letter, this.kent).items().get(0).id();
		this.work.respond(this.item, "Section 7 now covers the trampoline purchase.", null, "7.2", this.kent);
		this.work.comment(this.item, "Does the panel need the receipts for the gazebo?", this.kent);

		Long waiting = fixtures.reviews.register(this.kent.cspId(), Fixtures.unique("KM-FIND"), "Ottoline",
				LocalDate.of(2024, 1, 10), this.kent);
		fixtures.reviews.submitToQa(waiting, LocalDate.of(2024, 6, 3), this.kent);
		this.draftLetter = fixtures.letters.draft(waiting, LocalDate.of(2024, 8, 14),
				List.of("Explain the xylophone evidence."), this.secretariat);
	}

	private Document search(String words, SignedInUser person) throws Exception {
		return Pages.parse(this.mvc.perform(get("/search").param("q", words).with(user(person)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static List<String> links(Document page) {
		return page.select(".app-search-result h3 a").eachAttr("href");
	}

	@Test
	void reviewsAreFoundByTheirOwnCspAndTheHomeOfficeOnly() throws Exception {
		Document found = search("Zephyrine", this.kent);
		assertThat(links(found)).first().isEqualTo("/reviews/" + this.review);
		assertThat(found.select(".app-search-result").first().select("mark").eachText()).contains("Zephyrine");
		assertThat(found.select(".app-search-result .govuk-tag").first().text()).isEqualTo("Review");
		assertThat(links(search("zephyrine", this.secretariat))).contains("/reviews/" + this.review);

		Document devons = search("Zephyrine", this.devon);
		assertThat(links(devons)).isEmpty();
		assertThat(devons.select("h2").text()).contains("No results for “Zephyrine”");
	}

	@Test
	void itemsResponsesAndCommentsAreFoundWithTheMatchingText() throws Exception {
		Document item = search("marmalade", this.kent);
		assertThat(links(item)).containsExactly("/items/" + this.item);
		assertThat(item.select(".app-search-result h3 a").text()).startsWith("Area 1 of Zephyrine");
		assertThat(item.select(".app-search-result .govuk-tag").text()).isEqualTo("Feedback item");
		// no markup from a record reaches the page
		assertThat(item.select(".app-search-result p.govuk-body").text())
			.contains("chronology omits the marmalade incident of 2019 entirely");
		assertThat(item.select(".app-search-result b")).isEmpty();

		Document response = search("trampolines", this.secretariat);
		assertThat(response.select(".app-search-result .govuk-tag").eachText()).contains("Response");
		assertThat(response.select("mark").eachText()).contains("trampoline");

		Document comment = search("gazebo receipts", this.kent);
		assertThat(comment.select(".app-search-result .govuk-tag").eachText()).containsExactly("Comment");
		assertThat(links(comment)).containsExactly("/items/" + this.item);
		assertThat(links(search("marmalade", this.devon))).isEmpty();
		assertThat(links(search("gazebo", this.devon))).isEmpty();
	}

	@Test
	void aDraftLettersAreaIsFoundByTheSecretariatOnly() throws Exception {
		assertThat(links(search("xylophone", this.kent))).isEmpty();
		assertThat(links(search("xylophone", this.devon))).isEmpty();
		Document secretariats = search("xylophone", this.secretariat);
		assertThat(links(secretariats)).containsExactly("/letters/" + this.draftLetter);
		assertThat(secretariats.select(".app-search-result .govuk-tag").text())
			.isEqualTo("Feedback item in a draft letter");
	}

	@Test
	void theSearchBoxIsInTheHeaderAndBadWordsGetAnError() throws Exception {
		Document home = Pages.parse(this.mvc.perform(get("/").with(user(this.kent))).andReturn());
		assertThat(home.select("header form[role=search][action=/search] input[name=q]")).hasSize(1);

		Document empty = Pages.parse(this.mvc.perform(get("/search").with(user(this.kent))).andReturn());
		assertThat(empty.select(".govuk-error-summary")).isEmpty();
		assertThat(empty.select(".app-search-result")).isEmpty();

		Document blank = search("   ", this.kent);
		Pages.assertErrors(blank, "Enter what you are looking for");
		Pages.assertInlineError(blank, "q", "Enter what you are looking for");

		Document tooLong = search("z".repeat(201), this.kent);
		assertThat(tooLong.select(".govuk-error-summary").text()).contains("200");
		assertThat(Pages.valueOf(tooLong, "q")).isEqualTo("z".repeat(201));

		// search syntax never fails: unbalanced quotes, operators alone
		for (String odd : List.of("\"unclosed", "-", "a & | ! (", "'); drop table review; --")) {
			search(odd, this.secretariat);
		}
	}

}

package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.ItemView;
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
 * Issue 14: two secretariat users on one draft letter. Strengths and areas are addressed
 * by id and carry the version the person opened, so a stale save is refused with their
 * words kept, and nothing else in the list is overwritten.
 */
@IntegrationTest
class DraftConcurrencyIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	SignedInUser secretariat;

	Long letter;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		SignedInUser kent = this.fixtures.user(DemoUsers.KENT);
		Long review = this.fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-DRAFT"), "Nell",
				LocalDate.of(2024, 2, 1), kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), kent);
		// a meeting of its own, so that no other test finds it in use
		LocalDate meeting = LocalDate.of(2036, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
		this.letter = this.fixtures.letters.draft(review, meeting,
				List.of("Anonymise the employer.", "Add the month of death.", "Explain the GP's absence."),
				this.secretariat);
	}

	@Test
	void theSecondOfTwoStaleStrengthFormsIsRefusedKeepingBothTextsAndNoOtherStrengthIsTouched() throws Exception {
		Long first = this.fixtures.letters.strength(this.letter, "First strength.", this.secretariat);
		Long second = this.fixtures.letters.strength(this.letter, "Second strength.", this.secretariat);
		Long third = this.fixtures.letters.strength(this.letter, "Third strength.", this.secretariat);
		String edit = "/letters/" + this.letter + "/strengths/" + second + "/edit";

		// both people open the second strength
		String versionA = Pages.valueOf(openForm(edit), "version");
		String versionB = Pages.valueOf(openForm(edit), "version");

		// meanwhile the first strength goes: by position, "the second" would now be the
		// third
		Document page = Pages
			.parse(this.mvc.perform(get("/letters/" + this.letter).with(user(this.secretariat))).andReturn());
		String removeVersion = page.selectFirst("form[action$=/strengths/" + first + "/remove] input[name=version]")
			.val();
		this.mvc
			.perform(post("/letters/" + this.letter + "/strengths/" + first + "/remove").with(csrf())
				.with(user(this.secretariat))
				.param("version", removeVersion))
			.andExpect(redirectedUrl("/letters/" + this.letter + "#strengths"));

		// A saves first
		this.mvc
			.perform(post(edit).with(csrf())
				.with(user(this.secretariat))
				.param("version", versionA)
				.param("text", "Second strength, as A put it."))
			.andExpect(redirectedUrl("/letters/" + this.letter + "#strengths"));

		// B's save from the stale form is refused, B's words stay in the box, A's are
		// shown
		Document refused = Pages.parse(
				this.mvc
					.perform(post(edit).with(csrf())
						.with(user(this.secretariat))
						.param("version", versionB)
						.param("text", "Second strength, as B put it."))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Someone else changed this strength while you were editing it. Their words are "
				+ "shown below; yours are in the box, not saved yet: check them and save again");
		assertThat(Pages.valueOf(refused, "text")).isEqualTo("Second strength, as B put it.");
		assertThat(refused.getElementById("their-text").text()).isEqualTo("Second strength, as A put it.");

		assertThat(strengths()).containsExactly("Second strength, as A put it.", "Third strength.");
		assertThat(textOf(third)).isEqualTo("Third strength.");

		// having seen A's words, B saves over them on purpose
		this.mvc
			.perform(post(edit).with(csrf())
				.with(user(this.secretariat))
				.param("version", Pages.valueOf(refused, "version"))
				.param("text", "Second strength, as B put it."))
			.andExpect(redirectedUrl("/letters/" + this.letter + "#strengths"));
		assertThat(strengths()).containsExactly("Second strength, as B put it.", "Third strength.");
	}

	@Test
	void aStrengthRemovedWhileSomeoneEditsItIsNotRecreatedByTheSaveButOfferedAsANewOne() throws Exception {
		Long only = this.fixtures.letters.strength(this.letter, "A lone strength.", this.secretariat);
		String edit = "/letters/" + this.letter + "/strengths/" + only + "/edit";
		String version = Pages.valueOf(openForm(edit), "version");
		this.mvc
			.perform(post("/letters/" + this.letter + "/strengths/" + only + "/remove").with(csrf())
				.with(user(this.secretariat))
				.param("version", version))
			.andExpect(status().is3xxRedirection());

		Document gone = Pages.parse(
				this.mvc
					.perform(post(edit).with(csrf())
						.with(user(this.secretariat))
						.param("version", version)
						.param("text", "A lone strength, improved."))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(gone, "Someone removed this strength while you were editing it. Your words are below: "
				+ "add them as a new strength if they are still wanted");
		assertThat(Pages.valueOf(gone, "text")).isEqualTo("A lone strength, improved.");
		assertThat(gone.selectFirst("form[action=/letters/" + this.letter + "/strengths]")).isNotNull();
		assertThat(strengths()).isEmpty();
	}

	@Test
	void removingAStrengthSomeoneChangedMeanwhileIsRefused() throws Exception {
		Long strength = this.fixtures.letters.strength(this.letter, "Kept.", this.secretariat);
		String seen = String.valueOf(version(strength));
		this.context.getBean(LetterDrafting.class)
			.editStrength(this.letter, strength, version(strength), "Kept, and reworded.", this.secretariat);
		this.mvc
			.perform(post("/letters/" + this.letter + "/strengths/" + strength + "/remove").with(csrf())
				.with(user(this.secretariat))
				.param("version", seen))
			.andExpect(redirectedUrl("/letters/" + this.letter + "#strengths"));
		assertThat(strengths()).containsExactly("Kept, and reworded.");
	}

	@Test
	void strengthsAddedAtOnceAreAllKeptInDistinctPlaces() throws Exception {
		int n = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		List<Future<Integer>> results = new ArrayList<>();
		try {
			for (int i = 0; i < n; i++) {
				String text = "Strength added at once, number " + i;
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(post("/letters/" + this.letter + "/strengths").with(csrf())
							.with(user(this.secretariat))
							.param("text", text))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForList("select position from letter_strength where letter_id = ? order by position",
				Integer.class, this.letter))
			.containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void theSecondOfTwoStaleAreaFormsIsRefusedButAMoveOfAnotherAreaIsNotAChange() throws Exception {
		List<ItemView> areas = this.fixtures.letters.view(this.letter, this.secretariat).items();
		ItemView second = areas.get(1);
		String edit = "/letters/" + this.letter + "/items/" + second.id() + "/edit";
		String versionA = Pages.valueOf(openForm(edit), "version");
		String versionB = Pages.valueOf(openForm(edit), "version");

		// someone moves the first area down: the second becomes area 1, its words
		// unchanged
		this.mvc
			.perform(post("/letters/" + this.letter + "/items/" + areas.get(0).id() + "/move").with(csrf())
				.with(user(this.secretariat))
				.param("direction", "down"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(edit).with(csrf())
				.with(user(this.secretariat))
				.param("version", versionA)
				.param("area", "Add the month and year of death.")
				.param("paragraphRef", "1.1")
				.param("category", "MISSING_FACT_OR_DATE"))
			.andExpect(redirectedUrl("/letters/" + this.letter + "#items"));

		Document refused = Pages.parse(
				this.mvc
					.perform(post(edit).with(csrf())
						.with(user(this.secretariat))
						.param("version", versionB)
						.param("area", "Give the date of death.")
						.param("paragraphRef", "")
						.param("category", "OTHER"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Someone else changed this area while you were editing it. Their version is "
				+ "shown below; yours is in the fields, not saved yet: check it and save again");
		assertThat(Pages.valueOf(refused, "area")).isEqualTo("Give the date of death.");
		assertThat(Pages.valueOf(refused, "category")).isEqualTo("OTHER");
		assertThat(refused.getElementById("their-text").text()).contains("Add the month and year of death.");

		assertThat(this.jdbc.queryForList("select text from feedback_item where letter_id = ? order by number",
				String.class, this.letter))
			.containsExactly("Add the month and year of death.", "Anonymise the employer.",
					"Explain the GP's absence.");
	}

	private Document openForm(String path) throws Exception {
		return Pages
			.parse(this.mvc.perform(get(path).with(user(this.secretariat))).andExpect(status().isOk()).andReturn());
	}

	private List<String> strengths() {
		return this.jdbc.queryForList("select text from letter_strength where letter_id = ? order by position",
				String.class, this.letter);
	}

	private String textOf(Long strength) {
		return this.jdbc.queryForObject("select text from letter_strength where id = ?", String.class, strength);
	}

	private long version(Long strength) {
		return this.jdbc.queryForObject("select version from letter_strength where id = ?", Long.class, strength);
	}

}

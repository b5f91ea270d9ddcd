package org.dhrqa.tracker.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The morning messages: each assignee gets one digest of their overdue and soon-due
 * items, each CSP manager one summary of the CSP's overdue items and drifting actions;
 * each runs once a morning however often it is started.
 */
@IntegrationTest
class MorningDigestsIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FeedbackWork work;

	@Autowired
	DueItemsDigest digest;

	@Autowired
	SlippageSummary slippage;

	Fixtures fixtures;

	SignedInUser kent;

	SignedInUser kentManager;

	SignedInUser secretariat;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
		this.kent = this.fixtures.user(DemoUsers.KENT);
		this.kentManager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		this.secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
	}

	/** A Kent review with an issued letter: {review, item1, item2...}. */
	private long[] reviewWithItems(String victim, String reference, String... areas) {
		Long review = this.fixtures.reviews.register(this.kent.cspId(), reference, victim, LocalDate.of(2024, 2, 1),
				this.kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), this.kent);
		Long letter = this.fixtures.letters.issued(review, LocalDate.of(2024, 7, 24), List.of(areas), this.secretariat);
		List<Long> items = this.fixtures.letters.view(letter, this.kent).items().stream().map((i) -> i.id()).toList();
		long[] ids = new long[1 + items.size()];
		ids[0] = review;
		for (int i = 0; i < items.size(); i++) {
			ids[1 + i] = items.get(i);
		}
		return ids;
	}

	private int count(SignedInUser person, String kind) {
		return this.jdbc.queryForObject("select count(*) from notification where user_id = ? and kind = ?",
				Integer.class, person.id(), kind);
	}

	private String latestBody(SignedInUser person, String kind) {
		return this.jdbc.queryForObject(
				"select body from notification where user_id = ? and kind = ? order by id desc limit 1", String.class,
				person.id(), kind);
	}

	@Test
	void eachAssigneeGetsOneDigestAMorning() {
		long[] ids = reviewWithItems("Una", Fixtures.unique("KM-DIGEST"), "Add the chronology.", "Add a glossary.");
		LocalDate today = LocalDate.now();
		this.work.assign(ids[1], this.kent.id(), this.kent);
		this.work.setDueOn(ids[1], today.minusDays(3), this.kent);
		this.work.assign(ids[2], this.kent.id(), this.kent);
		this.work.setDueOn(ids[2], today.plusDays(2), this.kent);
		this.jdbc.update("delete from shedlock where name = 'due-items-digest'");
		int before = count(this.kent, "DUE_ITEMS");

		this.digest.send();
		this.digest.send();

		assertThat(count(this.kent, "DUE_ITEMS") - before).isEqualTo(1);
		assertThat(latestBody(this.kent, "DUE_ITEMS")).contains("Una, area 1: Add the chronology. (overdue since")
			.contains("Una, area 2: Add a glossary. (due ");
	}

	@Test
	void eachCspManagerGetsOneSummaryOfSlippageAMorning() {
		String reference = Fixtures.unique("KM-SLIP");
		long[] ids = reviewWithItems("Vera", reference, "Explain the decision not to refer.");
		this.work.setDueOn(ids[1], LocalDate.now().minusDays(10), this.kent);
		// an action whose last update is long past: drifting
		this.fixtures.plans.recommendationWithUpdate(ids[0], "1", LocalDate.now().minusDays(200), this.kent);
		this.jdbc.update("delete from shedlock where name = 'csp-slippage-summary'");
		int managerBefore = count(this.kentManager, "CSP_SLIPPAGE");
		int staffBefore = count(this.kent, "CSP_SLIPPAGE");

		this.slippage.send();
		this.slippage.send();

		assertThat(count(this.kentManager, "CSP_SLIPPAGE") - managerBefore).isEqualTo(1);
		assertThat(count(this.kent, "CSP_SLIPPAGE")).isEqualTo(staffBefore);
		assertThat(latestBody(this.kentManager, "CSP_SLIPPAGE"))
			.contains("Vera (" + reference + "): 1 overdue item, 1 drifting action /reviews/" + ids[0]);
		assertThat(this.jdbc.queryForObject(
				"select link from notification where user_id = ? and kind = 'CSP_SLIPPAGE' order by id desc limit 1",
				String.class, this.kentManager.id()))
			.isEqualTo("/dashboard");
	}

}

package org.dhrqa.tracker.notification;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.Fixtures;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox pages through a person's notifications with the unread count kept true as
 * they are marked read one by one or all at once; each person chooses which kinds also
 * come by email, and an email is recorded only for the kinds chosen.
 */
@IntegrationTest
class InboxAndPreferencesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Inbox inbox;

	@Autowired
	Accounts accounts;

	@Autowired
	FeedbackWork work;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new Fixtures(this.context);
	}

	/** Someone of their own, so that nothing else lands in their inbox. */
	private SignedInUser newManager() {
		String email = Fixtures.unique("inbox") + "@example.org";
		this.accounts.create(email, "Robin Hale", Role.MANAGER, null, "a long enough password",
				this.fixtures.user(DemoUsers.ADMIN).actor());
		return this.fixtures.user(email);
	}

	private int unreadInHeader(Document page) {
		String text = page.select(".govuk-service-navigation__link[href=/notifications]").text();
		return text.matches("Notifications \\(\\d+\\)") ? Integer.parseInt(text.replaceAll("\\D", "")) : 0;
	}

	@Test
	void theInboxPagesAndKeepsItsUnreadCountTrue() throws Exception {
		SignedInUser robin = newManager();
		for (int i = 1; i <= 25; i++) {
			this.inbox.add(robin.id(), NotificationKind.REVIEW_APPROVED, "Notice " + i, "Body " + i, "/reviews", null);
		}

		Document first = Pages.parse(this.mvc.perform(get("/notifications").with(user(robin))).andReturn());
		assertThat(first.select(".app-inbox__item")).hasSize(20);
		assertThat(first.select(".app-inbox__item h2 a").first().text()).isEqualTo("Notice 25");
		assertThat(unreadInHeader(first)).isEqualTo(25);
		assertThat(first.select(".govuk-pagination__link[href=/notifications?page=2]")).isNotEmpty();
		Document second = Pages.parse(this.mvc.perform(get("/notifications?page=2").with(user(robin))).andReturn());
		assertThat(second.select(".app-inbox__item h2 a").eachText()).containsExactly("Notice 5", "Notice 4",
				"Notice 3", "Notice 2", "Notice 1");
		// a page past the end shows the last one; nonsense shows the first
		assertThat(Pages.parse(this.mvc.perform(get("/notifications?page=9").with(user(robin))).andReturn())
			.select(".app-inbox__item")).hasSize(5);
		assertThat(Pages.parse(this.mvc.perform(get("/notifications?page=x").with(user(robin))).andReturn())
			.select(".app-inbox__item")).hasSize(20);

		Long oldest = this.jdbc.queryForObject("select id from notification where user_id = ? and subject = ?",
				Long.class, robin.id(), "Notice 1");
		this.mvc.perform(post("/notifications/" + oldest + "/read").param("page", "2").with(csrf()).with(user(robin)))
			.andExpect(redirectedUrl("/notifications?page=2"));
		Document afterOne = Pages.parse(this.mvc.perform(get("/notifications?page=2").with(user(robin))).andReturn());
		assertThat(unreadInHeader(afterOne)).isEqualTo(24);
		assertThat(afterOne.select(".app-inbox__item--unread")).hasSize(4);
		// marking it read again changes nothing
		this.mvc.perform(post("/notifications/" + oldest + "/read").with(csrf()).with(user(robin)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.inbox.unread(robin.id())).isEqualTo(24);

		this.mvc.perform(post("/notifications/read").with(csrf()).with(user(robin)))
			.andExpect(redirectedUrl("/notifications"));
		Document allRead = Pages.parse(this.mvc.perform(get("/notifications").with(user(robin))).andReturn());
		assertThat(unreadInHeader(allRead)).isZero();
		assertThat(allRead.select(".app-inbox__item--unread")).isEmpty();
		assertThat(allRead.text()).contains("You have read all your notifications.");
		assertThat(this.jdbc.queryForObject("select unread = (select count(*) from notification n where "
				+ "n.user_id = i.user_id and n.read_at is null) and total = (select count(*) from notification n "
				+ "where n.user_id = i.user_id) from notification_inbox i where user_id = ?", Boolean.class,
				robin.id()))
			.isTrue();
	}

	@Test
	void aPersonOffersOnlyTheKindsTheyReceiveAndEmailsFollowTheirChoice() throws Exception {
		SignedInUser manager = this.fixtures.user(DemoUsers.KENT_MANAGER);
		SignedInUser kent = this.fixtures.user(DemoUsers.KENT);
		SignedInUser secretariat = this.fixtures.user(DemoUsers.SECRETARIAT);
		Document page = Pages.parse(this.mvc.perform(get("/account/notifications").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn());
		List<String> offered = page.select("input[name=byEmail]").eachAttr("value");
		assertThat(offered).containsExactly("ITEM_ASSIGNED", "ITEM_ACCEPTED", "ITEM_RETURNED", "LETTER_ISSUED",
				"REVIEW_APPROVED", "DUE_ITEMS", "CSP_SLIPPAGE");
		assertThat(Pages.parse(this.mvc.perform(get("/account/notifications").with(user(secretariat))).andReturn())
			.select("input[name=byEmail]")
			.eachAttr("value")).containsExactly("ITEM_RESPONDED", "REVIEW_RESUBMITTED");
		assertThat(Pages
			.parse(this.mvc.perform(get("/account/notifications").with(user(this.fixtures.user(DemoUsers.ADMIN))))
				.andReturn())
			.text()).contains("You do not receive any notifications that can be emailed.");

		// a value nobody was offered is refused, keeping what was ticked
		Document refused = Pages.parse(
				this.mvc
					.perform(post("/account/notifications").with(csrf())
						.with(user(manager))
						.param("byEmail", "ITEM_RETURNED", "ITEM_RESPONDED"))
					.andExpect(status().isOk())
					.andReturn());
		Pages.assertErrors(refused, "Select only the notifications listed");
		assertThat(refused.select("input[name=byEmail][checked]").eachAttr("value")).containsExactly("ITEM_RETURNED");

		try {
			// in the service only for acceptances
			choose(manager, offered.stream().filter((kind) -> !kind.equals("ITEM_ACCEPTED")).toList());
			assertThat(Pages.parse(this.mvc.perform(get("/account/notifications").with(user(manager))).andReturn())
				.select("input[name=byEmail][checked]")
				.eachAttr("value")).doesNotContain("ITEM_ACCEPTED").contains("ITEM_RETURNED");
			Told told = new Told(this.jdbc);
			long[] first = acceptedFor(manager, kent, secretariat, "Wren");
			told.awaitAbout(manager, "/items/" + first[1], 2);
			assertThat(told.emails(manager, "Area 1 of Wren was accepted")).isZero();
			// the assignment, chosen by email, was emailed
			assertThat(told.emails(manager, "Area 1 of Wren has been assigned to you")).isOne();

			choose(manager, offered);
			long[] second = acceptedFor(manager, kent, secretariat, "Xena");
			told.awaitAbout(manager, "/items/" + second[1], 2);
			assertThat(told.emails(manager, "Area 1 of Xena was accepted")).isOne();
		}
		finally {
			choose(manager, offered);
		}
	}

	private void choose(SignedInUser person, List<String> byEmail) throws Exception {
		MockHttpServletRequestBuilder request = post("/account/notifications").with(csrf()).with(user(person));
		for (String kind : byEmail) {
			request = request.param("byEmail", kind);
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/account/notifications"));
	}

	/** An item assigned to the manager, responded to and accepted: {review, item}. */
	private long[] acceptedFor(SignedInUser manager, SignedInUser kent, SignedInUser secretariat, String victim) {
		Long review = this.fixtures.reviews.register(kent.cspId(), Fixtures.unique("KM-PREF"), victim,
				LocalDate.of(2024, 3, 1), kent);
		this.fixtures.reviews.submitToQa(review, LocalDate.of(2024, 6, 3), kent);
		Long letter = this.fixtures.letters.issued(review, LocalDate.of(2024, 7, 31), List.of("Add a chronology."),
				secretariat);
		Long item = this.fixtures.letters.view(letter, kent).items().get(0).id();
		this.work.assign(item, manager.id(), kent);
		this.work.respond(item, "Added as appendix B.", null, null, manager);
		this.work.accept(item, null, secretariat);
		return new long[] { review, item };
	}

}

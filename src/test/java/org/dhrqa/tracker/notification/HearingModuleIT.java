package org.dhrqa.tracker.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackItemChanged;
import org.dhrqa.tracker.feedback.FeedbackStatus;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.letter.LetterFixtures;
import org.dhrqa.tracker.review.ReviewFixtures;
import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module on its own, with only the modules it depends on (plus the
 * letter module and the demo people, to build a review with an issued letter): a CSP's
 * response is an event the module hears after it commits, and the secretariat's inbox
 * changes as a result.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "letter", "demo", "publication" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class HearingModuleIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	FeedbackWork work;

	@Autowired
	Inbox inbox;

	@Test
	void aResponsePublishedAfterCommitReachesTheSecretariatsInbox(Scenario scenario) {
		SignedInUser kent = (SignedInUser) this.users.loadUserByUsername(DemoUsers.KENT);
		SignedInUser secretariat = (SignedInUser) this.users.loadUserByUsername(DemoUsers.SECRETARIAT);
		ReviewFixtures reviews = new ReviewFixtures(this.context);
		LetterFixtures letters = new LetterFixtures(this.context);
		Long review = reviews.register(kent.cspId(), "KM-MODULE-" + System.nanoTime(), "Yara",
				LocalDate.of(2024, 1, 10), kent);
		reviews.submitToQa(review, LocalDate.of(2024, 6, 3), kent);
		Long letter = letters.issued(review, LocalDate.of(2024, 9, 4), List.of("Add the family's account."),
				secretariat);
		Long item = letters.view(letter, kent).items().get(0).id();
		int before = this.inbox.unread(secretariat.id());

		scenario.stimulate(() -> this.work.respond(item, "Added in chapter 3.", null, "3.1", kent))
			.andWaitForStateChange(() -> this.inbox.unread(secretariat.id()), (unread) -> unread > before)
			.andVerifyEvents(
					(events) -> assertThat(
							events.ofType(FeedbackItemChanged.class)
								.matching((changed) -> changed.itemId().equals(item)
										&& changed.status() == FeedbackStatus.RESPONDED && changed.number() == 1))
						.hasSize(1));

		assertThat(this.inbox.page(secretariat.id(), 0, 1).getContent()).first().satisfies((newest) -> {
			assertThat(newest.kind()).isEqualTo(NotificationKind.ITEM_RESPONDED);
			assertThat(newest.subject()).startsWith("Response to area 1 of Yara");
			assertThat(newest.itemId()).isEqualTo(item);
		});
	}

}

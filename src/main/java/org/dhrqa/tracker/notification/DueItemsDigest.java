package org.dhrqa.tracker.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.FeedbackWork;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every weekday morning, each person with overdue or soon-due items gets one message
 * listing them (not one per item). ShedLock makes it run once however many app nodes
 * there are; the lock is held for at least an hour, so a node that starts late does not
 * send it again.
 */
@Component
class DueItemsDigest {

	private static final Logger log = LoggerFactory.getLogger(DueItemsDigest.class);

	private final FeedbackItems items;

	private final Accounts accounts;

	private final Reviews reviews;

	private final Notifier notifier;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	DueItemsDigest(FeedbackItems items, Accounts accounts, Reviews reviews, Notifier notifier, Messages messages,
			Formats formats, Clock clock) {
		this.items = items;
		this.accounts = accounts;
		this.reviews = reviews;
		this.notifier = notifier;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@Scheduled(cron = "${dhr.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
	@SchedulerLock(name = "due-items-digest", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
	@Transactional
	public void send() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<ItemView>> byAssignee = this.items.assignedDueBy(today.plusDays(FeedbackWork.DUE_SOON_DAYS))
			.stream()
			.collect(Collectors.groupingBy(ItemView::assigneeUserId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, UserSummary> people = this.accounts.byIds(byAssignee.keySet());
		Map<Long, ReviewView> reviewsById = this.reviews.byIds(
				byAssignee.values().stream().flatMap(List::stream).map(ItemView::reviewId).collect(Collectors.toSet()));
		int sent = 0;
		for (Map.Entry<Long, List<ItemView>> entry : byAssignee.entrySet()) {
			UserSummary person = people.get(entry.getKey());
			if (person == null || !person.enabled()) {
				continue;
			}
			StringBuilder body = new StringBuilder(this.messages.get("digest.intro", person.name())).append("\n\n");
			for (ItemView item : entry.getValue()) {
				String when = item.dueOn().isBefore(today)
						? this.messages.get("digest.overdue", this.formats.date(item.dueOn()))
						: this.messages.get("digest.due", this.formats.date(item.dueOn()));
				ReviewView review = reviewsById.get(item.reviewId());
				body.append(this.messages.get("digest.line", review.victimPseudonyms(), item.number(),
						Inbox.abbreviate(item.text(), 90), when, "/items/" + item.id()))
					.append("\n");
			}
			this.notifier.tell(NotificationKind.DUE_ITEMS, List.of(person), null, Notifier.Notice.about(
					this.messages.get("digest.subject", entry.getValue().size()), body.toString().strip(), "/items"));
			sent++;
		}
		log.info("Sent the due-items digest to {} person(s)", sent);
	}

}

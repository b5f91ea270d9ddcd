package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.notification.Notifications;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Formats;

import org.springframework.context.MessageSource;
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

	private final FeedbackItemRepository items;

	private final Accounts accounts;

	private final Reviews reviews;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	DueItemsDigest(FeedbackItemRepository items, Accounts accounts, Reviews reviews, Notifications notifications,
			MessageSource messages, Formats formats, Clock clock) {
		this.items = items;
		this.accounts = accounts;
		this.reviews = reviews;
		this.notifications = notifications;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@Scheduled(cron = "${dhr.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/London")
	@SchedulerLock(name = "due-items-digest", lockAtLeastFor = "PT1H", lockAtMostFor = "PT2H")
	@Transactional
	public void send() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<FeedbackItem>> byAssignee = this.items
			.findAssignedDueBy(today.plusDays(FeedbackWork.DUE_SOON_DAYS))
			.stream()
			.collect(Collectors.groupingBy(FeedbackItem::getAssigneeUserId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, UserSummary> people = this.accounts.byIds(byAssignee.keySet());
		Map<Long, ReviewView> reviewsById = this.reviews.byIds(byAssignee.values()
			.stream()
			.flatMap(List::stream)
			.map(FeedbackItem::getReviewId)
			.collect(Collectors.toSet()));
		int sent = 0;
		for (Map.Entry<Long, List<FeedbackItem>> entry : byAssignee.entrySet()) {
			UserSummary person = people.get(entry.getKey());
			if (person == null || !person.enabled()) {
				continue;
			}
			StringBuilder body = new StringBuilder(msg("digest.intro", person.name())).append("\n\n");
			for (FeedbackItem item : entry.getValue()) {
				String when = item.getDueOn().isBefore(today)
						? msg("digest.overdue", this.formats.date(item.getDueOn()))
						: msg("digest.due", this.formats.date(item.getDueOn()));
				body.append(msg("digest.line", reviewsById.get(item.getReviewId()).victimPseudonyms(), item.getNumber(),
						abbreviate(item.getText()), when, "/items/" + item.getId()))
					.append("\n");
			}
			this.notifications.notifyUser(person, msg("digest.subject", entry.getValue().size()),
					body.toString().strip(), "/items");
			sent++;
		}
		log.info("Sent the due-items digest to {} person(s)", sent);
	}

	private static String abbreviate(String text) {
		return (text.length() > 90) ? text.substring(0, 89) + "…" : text;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

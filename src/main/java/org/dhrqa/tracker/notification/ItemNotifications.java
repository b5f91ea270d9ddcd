package org.dhrqa.tracker.notification;

import java.util.List;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.feedback.FeedbackItemChanged;
import org.dhrqa.tracker.feedback.FeedbackItemDecided;
import org.dhrqa.tracker.feedback.FeedbackItems;
import org.dhrqa.tracker.feedback.FeedbackStatus;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of the work on a feedback item: the secretariat when a CSP responds (it is
 * their turn to decide); the assignee when given an item; the CSP when a response is
 * accepted or returned (the assignee if there is one, else everyone in the CSP).
 */
@Component
class ItemNotifications {

	private final Notifier notifier;

	private final Reviews reviews;

	private final FeedbackItems items;

	private final Accounts accounts;

	private final Messages messages;

	ItemNotifications(Notifier notifier, Reviews reviews, FeedbackItems items, Accounts accounts, Messages messages) {
		this.notifier = notifier;
		this.reviews = reviews;
		this.items = items;
		this.accounts = accounts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(FeedbackItemChanged changed) {
		if ("RESPONDED".equals(changed.change())) {
			ReviewView review = this.reviews.byId(changed.reviewId());
			this.notifier.tell(NotificationKind.ITEM_RESPONDED, this.accounts.activeHolding(Permission.DECIDE_ITEMS),
					changed.by(),
					Notifier.Notice.aboutItem(
							this.messages.get("notification.responded.subject", changed.number(), review.title()),
							this.messages.get("notification.responded.body", changed.by().name(), changed.number(),
									review.title(), text(changed.itemId())),
							changed.itemId()));
		}
		else if ("ASSIGNED".equals(changed.change()) && changed.assigneeUserId() != null) {
			ReviewView review = this.reviews.byId(changed.reviewId());
			this.notifier.tell(NotificationKind.ITEM_ASSIGNED,
					this.accounts.find(changed.assigneeUserId()).stream().toList(), changed.by(),
					Notifier.Notice.aboutItem(
							this.messages.get("notification.assigned.subject", changed.number(),
									review.victimPseudonyms()),
							this.messages.get("notification.assigned.body", changed.by().name(), changed.number(),
									review.victimPseudonyms(), text(changed.itemId())),
							changed.itemId()));
		}
	}

	@ApplicationModuleListener
	void on(FeedbackItemDecided decided) {
		ReviewView review = this.reviews.byId(decided.reviewId());
		List<UserSummary> csp = this.accounts.find(decided.assigneeUserId())
			.filter(UserSummary::enabled)
			.map(List::of)
			.orElseGet(() -> this.accounts.activeInCsp(review.cspId()));
		if (decided.status() == FeedbackStatus.RETURNED) {
			this.notifier.tell(NotificationKind.ITEM_RETURNED, csp, decided.decidedBy(),
					Notifier.Notice.aboutItem(
							this.messages.get("notification.returned.subject", decided.number(),
									review.victimPseudonyms()),
							this.messages.get("notification.returned.body", decided.number(), review.victimPseudonyms(),
									decided.note()),
							decided.itemId()));
		}
		else if (decided.status() == FeedbackStatus.ACCEPTED) {
			String body = this.messages.get("notification.accepted.body", decided.number(), review.victimPseudonyms());
			if (decided.note() != null) {
				body += "\n\n" + this.messages.get("notification.accepted.note", decided.note());
			}
			this.notifier.tell(NotificationKind.ITEM_ACCEPTED, csp, decided.decidedBy(), Notifier.Notice.aboutItem(
					this.messages.get("notification.accepted.subject", decided.number(), review.victimPseudonyms()),
					body, decided.itemId()));
		}
	}

	private String text(Long itemId) {
		return this.items.find(itemId).map(ItemView::text).map((text) -> Inbox.abbreviate(text, 300)).orElse("");
	}

}

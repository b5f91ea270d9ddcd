package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.review.ReviewChanged;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A review's QA stages: the secretariat hears when a CSP resubmits its report (the panel
 * has work again); the CSP hears when its review is approved for publication (a review
 * taken back from "published" is not news).
 */
@Component
class ReviewNotifications {

	private final Notifier notifier;

	private final Reviews reviews;

	private final Accounts accounts;

	private final Messages messages;

	ReviewNotifications(Notifier notifier, Reviews reviews, Accounts accounts, Messages messages) {
		this.notifier = notifier;
		this.reviews = reviews;
		this.accounts = accounts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ReviewChanged changed) {
		if (!changed.stageChanged()) {
			return;
		}
		if (changed.stage() == ReviewStage.RESUBMITTED) {
			ReviewView review = this.reviews.byId(changed.reviewId());
			this.notifier.tell(NotificationKind.REVIEW_RESUBMITTED,
					this.accounts.activeHolding(Permission.DECIDE_ITEMS), null,
					Notifier.Notice.about(
							this.messages.get("notification.resubmitted.subject", review.title()), this.messages
								.get("notification.resubmitted.body", review.victimPseudonyms(), review.cspName()),
							"/reviews/" + review.id()));
		}
		else if (changed.stage() == ReviewStage.APPROVED_FOR_PUBLICATION
				&& changed.previousStage() != ReviewStage.PUBLISHED) {
			ReviewView review = this.reviews.byId(changed.reviewId());
			this.notifier.tell(NotificationKind.REVIEW_APPROVED, this.accounts.activeInCsp(changed.cspId()), null,
					Notifier.Notice.about(this.messages.get("notification.approved.subject", review.victimPseudonyms()),
							this.messages.get("notification.approved.body", review.victimPseudonyms()),
							"/reviews/" + review.id() + "/publication"));
		}
	}

}

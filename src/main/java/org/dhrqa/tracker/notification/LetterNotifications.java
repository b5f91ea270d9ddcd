package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.Accounts;
import org.dhrqa.tracker.letter.LetterIssued;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Everyone in the CSP hears when its review's QA Panel letter is issued or corrected. */
@Component
class LetterNotifications {

	private final Notifier notifier;

	private final Reviews reviews;

	private final Accounts accounts;

	private final Messages messages;

	LetterNotifications(Notifier notifier, Reviews reviews, Accounts accounts, Messages messages) {
		this.notifier = notifier;
		this.reviews = reviews;
		this.accounts = accounts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(LetterIssued issued) {
		ReviewView review = this.reviews.byId(issued.reviewId());
		String which = issued.correction() ? "notification.letterCorrected" : "notification.letterIssued";
		this.notifier.tell(NotificationKind.LETTER_ISSUED, this.accounts.activeInCsp(issued.cspId()), issued.issuedBy(),
				Notifier.Notice.about(this.messages.get(which + ".subject", review.victimPseudonyms()),
						this.messages.get(which + ".body", review.victimPseudonyms(),
								this.messages.get(issued.outcome().messageKey()), issued.areas(),
								issued.letterVersion()),
						"/letters/" + issued.letterId()));
	}

}

package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;

/**
 * What a notification is about. Each kind goes to the people who hold its permission (the
 * secretariat hears of responses, the CSP of decisions), and each person chooses per kind
 * whether it also comes by email.
 */
enum NotificationKind {

	/** A CSP responded to a feedback item: the secretariat may now decide it. */
	ITEM_RESPONDED(Permission.DECIDE_ITEMS),

	/** A CSP resubmitted its revised report to the QA Panel. */
	REVIEW_RESUBMITTED(Permission.DECIDE_ITEMS),

	/** Someone in the CSP gave the person a feedback item. */
	ITEM_ASSIGNED(Permission.WORK_ON_ITEMS),

	/** The secretariat accepted a response. */
	ITEM_ACCEPTED(Permission.WORK_ON_ITEMS),

	/** The secretariat returned a response, with a reason. */
	ITEM_RETURNED(Permission.WORK_ON_ITEMS),

	/** A QA Panel letter was issued or corrected. */
	LETTER_ISSUED(Permission.WORK_ON_ITEMS),

	/** The review may now be published. */
	REVIEW_APPROVED(Permission.WORK_ON_ITEMS),

	/** The morning digest of the person's overdue and soon-due items. */
	DUE_ITEMS(Permission.WORK_ON_ITEMS),

	/** The morning summary of the CSP's overdue items and drifting actions. */
	CSP_SLIPPAGE(Permission.HEAR_OF_SLIPPAGE);

	private final Permission audience;

	NotificationKind(Permission audience) {
		this.audience = audience;
	}

	/** Whether this kind is ever sent to the person (so they may choose how). */
	boolean concerns(SignedInUser user) {
		return user.may(this.audience);
	}

	/** Whether people in this role may receive it at all. */
	boolean concerns(Role role) {
		return this.audience.heldBy(role);
	}

	String messageKey() {
		return "notificationKind." + name();
	}

	String hintKey() {
		return "notificationKind." + name() + ".hint";
	}

}

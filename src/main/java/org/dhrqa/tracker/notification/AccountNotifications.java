package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.AccountLocked;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A locked account's holder is told by email, whatever they chose for other emails: it
 * may be someone else guessing their password.
 */
@Component
class AccountNotifications {

	private final Emails emails;

	private final Messages messages;

	private final Formats formats;

	AccountNotifications(Emails emails, Messages messages, Formats formats) {
		this.emails = emails;
		this.messages = messages;
		this.formats = formats;
	}

	@ApplicationModuleListener
	void on(AccountLocked locked) {
		this.emails.send(locked.email(), this.messages.get("email.accountLocked.subject"),
				this.messages.get("email.accountLocked.body", locked.name(), locked.failures(), locked.address(),
						this.formats.dateTime(locked.lockedAt()), this.formats.dateTime(locked.lockedUntil())));
	}

}

package org.dhrqa.tracker.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dhrqa.tracker.account.UserSummary;
import org.dhrqa.tracker.shared.history.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people: a notification in each one's inbox, and an email to those who chose to
 * hear of this kind by email. Nobody is told of what they did themselves, a disabled
 * account is told nothing, and a kind reaches only the people it is meant for.
 */
@Component
class Notifier {

	private final Inbox inbox;

	private final Emails emails;

	private final Preferences preferences;

	Notifier(Inbox inbox, Emails emails, Preferences preferences) {
		this.inbox = inbox;
		this.emails = emails;
		this.preferences = preferences;
	}

	/** What to say, and what it is about. */
	record Notice(String subject, String body, String link, Long itemId) {

		static Notice about(String subject, String body, String link) {
			return new Notice(subject, body, link, null);
		}

		static Notice aboutItem(String subject, String body, Long itemId) {
			return new Notice(subject, body, "/items/" + itemId, itemId);
		}

	}

	/** Tells each of these people (once each) unless they did it themselves. */
	@Transactional
	void tell(NotificationKind kind, Collection<UserSummary> people, Actor actor, Notice notice) {
		Map<Long, UserSummary> recipients = new LinkedHashMap<>();
		for (UserSummary person : people) {
			boolean self = actor != null && Objects.equals(actor.userId(), person.id());
			if (person.enabled() && !self && kind.concerns(person.role())) {
				recipients.putIfAbsent(person.id(), person);
			}
		}
		if (recipients.isEmpty()) {
			return;
		}
		Set<Long> byEmail = this.preferences.emailedAmong(recipients.keySet(), kind);
		for (UserSummary person : recipients.values()) {
			this.inbox.add(person.id(), kind, notice.subject(), notice.body(), notice.link(), notice.itemId());
			if (byEmail.contains(person.id())) {
				this.emails.send(person.email(), notice.subject(), notice.body());
			}
		}
	}

}

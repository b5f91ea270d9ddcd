package org.dhrqa.tracker.notification;

import java.time.Instant;

/** One notification in a person's inbox. */
record Notification(Long id, NotificationKind kind, String subject, String body, String link, Long itemId,
		Instant createdAt, boolean read) {

}

package org.dhrqa.tracker.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's unread count as a model variable, {@code ${unreadNotifications.count()}},
 * which SpEL compiles, rather than a bean reference, which it never does (decision 28).
 */
@ControllerAdvice
class NotificationPageModel {

	private final UnreadCount unread;

	NotificationPageModel(UnreadCount unread) {
		this.unread = unread;
	}

	@ModelAttribute("unreadNotifications")
	UnreadCount unreadNotifications() {
		return this.unread;
	}

}

package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count beside "Notifications" in the navigation of every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotificationsAdvice {

	private final Notifications notifications;

	UnreadNotificationsAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Integer unread(@AuthenticationPrincipal SignedInUser user) {
		return (user != null) ? this.notifications.unread(user.id()) : null;
	}

}

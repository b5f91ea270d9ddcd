package org.dhrqa.tracker.notification;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("notifications", this.notifications.of(user.id()));
		return "notification/list";
	}

	@PostMapping("/notifications/read")
	String markRead(@AuthenticationPrincipal SignedInUser user) {
		this.notifications.markAllRead(user.id());
		return "redirect:/notifications";
	}

	/**
	 * What the service sent, or recorded because no SMTP server is configured (secured to
	 * ADMINISTRATOR).
	 */
	@GetMapping("/admin/emails")
	String emails(Model model) {
		model.addAttribute("emails", this.notifications.recentEmails());
		return "notification/emails";
	}

}

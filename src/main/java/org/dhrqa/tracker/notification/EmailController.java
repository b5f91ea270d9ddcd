package org.dhrqa.tracker.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/emails}: what the service sent, or recorded because no SMTP server is
 * configured (administrators only, by the administration area's rules).
 */
@Controller
class EmailController {

	private final Emails emails;

	EmailController(Emails emails) {
		this.emails = emails;
	}

	@GetMapping("/admin/emails")
	String emails(Model model) {
		model.addAttribute("emails", this.emails.recent());
		return "notification/emails";
	}

}

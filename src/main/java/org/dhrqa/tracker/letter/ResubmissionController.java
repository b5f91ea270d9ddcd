package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /reviews/{id}/resubmit}: the CSP sends the revised report back to the panel. */
@Controller
class ResubmissionController {

	private final Resubmission resubmission;

	private final Messages messages;

	ResubmissionController(Resubmission resubmission, Messages messages) {
		this.resubmission = resubmission;
		this.messages = messages;
	}

	@PostMapping("/reviews/{reviewId:\\d+}/resubmit")
	String resubmit(@PathVariable Long reviewId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.resubmission.requirePermission(reviewId, user);
		if (!this.resubmission.canResubmit(reviewId, user)) {
			redirect.addFlashAttribute("warning", this.messages.get("letter.resubmit.notYet"));
			return "redirect:/reviews/" + reviewId;
		}
		this.resubmission.resubmit(reviewId, user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.resubmit.done"));
		return "redirect:/reviews/" + reviewId;
	}

}

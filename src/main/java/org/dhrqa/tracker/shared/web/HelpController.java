package org.dhrqa.tracker.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /help}: the words the service uses in its own way (each stage of a review,
 * drifting actions, the six-month target, readiness), in one place that pages link to.
 */
@Controller
class HelpController {

	@GetMapping("/help")
	String help() {
		return "help";
	}

}

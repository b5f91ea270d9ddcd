package org.dhrqa.tracker.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement, open to everyone, signed in or not. */
@Controller
class AccessibilityStatementController {

	@GetMapping("/accessibility")
	String statement() {
		return "accessibility";
	}

}

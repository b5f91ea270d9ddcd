package org.dhrqa.tracker.review;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /reviews/{id}}: the hub of one review, linking to everything about it. */
@Controller
class ReviewController {

	static final String VIEW = "review/hub";

	private final ReviewHub hub;

	private final ReviewTimelines timelines;

	ReviewController(ReviewHub hub, ReviewTimelines timelines) {
		this.hub = hub;
		this.timelines = timelines;
	}

	@GetMapping("/reviews/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewHub.Hub hub = this.hub.of(id, user);
		model.addAttribute("review", hub.review());
		model.addAttribute("stageTimeline", this.timelines.stages(hub.stages()));
		model.addAttribute("historyTimeline", this.timelines.history(hub.history()));
		model.addAttribute("sections", hub.sections());
		return VIEW;
	}

}

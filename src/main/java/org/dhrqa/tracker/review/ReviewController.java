package org.dhrqa.tracker.review;

import java.util.Comparator;
import java.util.List;

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

	private final Reviews reviews;

	private final ReviewTimelines timelines;

	private final List<ReviewHubSection> sections;

	ReviewController(Reviews reviews, ReviewTimelines timelines, List<ReviewHubSection> sections) {
		this.reviews = reviews;
		this.timelines = timelines;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReviewHubSection::order)).toList();
	}

	/** One section of the hub, ready to render. */
	public record RenderedSection(String template, Object data) {

	}

	@GetMapping("/reviews/{id:\\d+}")
	String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		model.addAttribute("review", review);
		model.addAttribute("stageTimeline", this.timelines.stages(this.reviews.stageHistory(id, user)));
		model.addAttribute("historyTimeline", this.timelines.history(this.reviews.changeHistory(id, user)));
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> new RenderedSection(section.template(), section.data(review, user)))
					.toList());
		return VIEW;
	}

}

package org.dhrqa.tracker.home;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A home page per role: what a CSP coordinator, the secretariat, a manager or an
 * administrator does first. Counts come from SQL; the lists are short (the register holds
 * the rest).
 */
@Controller
class HomeController {

	static final String VIEW = "home/home";

	/** Reviews named in each list before "and N more". */
	static final int LIST_LENGTH = 10;

	private static final Set<ReviewStage> WITH_PANEL = EnumSet.of(ReviewStage.SUBMITTED_TO_QA, ReviewStage.RESUBMITTED);

	private static final Set<ReviewStage> REVISING = EnumSet.of(ReviewStage.FEEDBACK_ISSUED, ReviewStage.REVISING);

	private final Reviews reviews;

	HomeController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		Map<ReviewStage, Long> byStage = this.reviews.countByStage(user);
		Set<ReviewStage> listed = user.isCspUser() ? REVISING : WITH_PANEL;
		long inList = listed.stream().mapToLong((stage) -> byStage.getOrDefault(stage, 0L)).sum();
		model.addAttribute("total", byStage.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("byStage", byStage);
		List<?> shortList = this.reviews.latest(user, listed, LIST_LENGTH);
		model.addAttribute(user.isCspUser() ? "revising" : "withPanel", shortList);
		model.addAttribute(user.isCspUser() ? "withPanel" : "revising", List.of());
		model.addAttribute("more", Math.max(0, inList - shortList.size()));
		model.addAttribute("recent", this.reviews.latest(user, EnumSet.allOf(ReviewStage.class), 5));
		model.addAttribute("roleKey", "home.role." + user.role().name());
		model.addAttribute("isCspUser", user.isCspUser());
		return VIEW;
	}

}

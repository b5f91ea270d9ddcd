package org.dhrqa.tracker.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.RegisterQuery;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A home page per role: what a CSP coordinator, the secretariat, a manager or an
 * administrator does first.
 */
@Controller
class HomeController {

	static final String VIEW = "home/home";

	private final Reviews reviews;

	HomeController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ReviewView> visible = this.reviews.registerAll(RegisterQuery.all(), user);
		Map<ReviewStage, Long> byStage = new EnumMap<>(ReviewStage.class);
		for (ReviewView review : visible) {
			byStage.merge(review.stage(), 1L, Long::sum);
		}
		model.addAttribute("total", visible.size());
		model.addAttribute("byStage", byStage);
		model.addAttribute("withPanel", visible.stream().filter((r) -> r.stage().isWithPanel()).toList());
		model.addAttribute("revising",
				visible.stream()
					.filter((r) -> r.stage() == ReviewStage.FEEDBACK_ISSUED || r.stage() == ReviewStage.REVISING)
					.toList());
		model.addAttribute("recent", visible.stream().limit(5).toList());
		model.addAttribute("roleKey", "home.role." + user.role().name());
		model.addAttribute("isCspUser", user.isCspUser());
		return VIEW;
	}

}

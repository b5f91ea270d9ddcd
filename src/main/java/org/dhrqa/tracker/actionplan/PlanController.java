package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /reviews/{id}/action-plan}: the live plan of a review, adding a recommendation
 * to it, and what was removed from it or replaced.
 */
@Controller
class PlanController {

	static final String VIEW = "actionplan/plan";

	static final String REMOVED_VIEW = "actionplan/removed";

	private final ActionPlans plans;

	private final PlanRemovals removals;

	private final PlanImports imports;

	private final PlanAccess access;

	private final PlanValidation validation;

	private final PlanPages pages;

	private final Messages messages;

	PlanController(ActionPlans plans, PlanRemovals removals, PlanImports imports, PlanAccess access,
			PlanValidation validation, PlanPages pages, Messages messages) {
		this.plans = plans;
		this.removals = removals;
		this.imports = imports;
		this.access = access;
		this.validation = validation;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan")
	String plan(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("plan", this.plans.overview(id, user));
		model.addAttribute("canEdit", this.plans.canEdit(id, user));
		model.addAttribute("importUnderWay", this.imports.underWay(id, user));
		return VIEW;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/recommendations/new")
	String initAddRecommendation(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.access.requireKeeper(id, user);
		model.addAttribute("recForm", new PlanForms.RecommendationForm());
		return showAdd(review, model);
	}

	@PostMapping("/reviews/{id:\\d+}/action-plan/recommendations")
	String addRecommendation(@PathVariable Long id, @ModelAttribute("recForm") PlanForms.RecommendationForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ReviewView review = this.access.requireKeeper(id, user);
		Scope scope = this.validation.recommendation(form, result, false);
		if (result.hasErrors()) {
			return showAdd(review, model);
		}
		Long added;
		try {
			added = this.plans.addRecommendation(id, form.getNumber(), form.getRecommendation(), scope,
					form.getAddressedTo(), user);
		}
		catch (RecommendationNumberTakenException ex) {
			result.rejectValue("number", "plan.number.taken", new Object[] { ex.number() }, null);
			return showAdd(review, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("plan.recommendation.added"));
		return "redirect:/reviews/" + id + "/action-plan#rec-" + added;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/history")
	String removed(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(id, user));
		model.addAttribute("snapshots", this.removals.removed(id, user));
		return REMOVED_VIEW;
	}

	@GetMapping("/reviews/{id:\\d+}/action-plan/history/{snapshotId:\\d+}.csv")
	void removedCsv(@PathVariable Long id, @PathVariable Long snapshotId, @AuthenticationPrincipal SignedInUser user,
			HttpServletResponse response) throws IOException {
		ReviewView review = this.access.visible(id, user);
		String content = this.removals.removedContent(id, snapshotId, user).orElseThrow(NotFoundException::new);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(this.pages.filename(review, "plan.file.removed", "csv"), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.getOutputStream().write(content.getBytes(StandardCharsets.UTF_8));
	}

	/** The recommendation form on a page of its own, as adding an action has. */
	private String showAdd(ReviewView review, Model model) {
		model.addAttribute("review", review);
		model.addAttribute("scopeOptions", this.pages.scopeOptions());
		return RecommendationController.EDIT_VIEW;
	}

}

package org.dhrqa.tracker.actionplan;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;

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
 * {@code /recommendations/{id}}: changing a recommendation of a plan, and removing it
 * with its actions. Both carry the version the person saw: a save or removal after
 * someone else's change is refused, naming them, and keeps what the person typed.
 */
@Controller
class RecommendationController {

	static final String EDIT_VIEW = "actionplan/recommendation";

	static final String REMOVE_VIEW = "actionplan/recommendation-remove";

	private final ActionPlans plans;

	private final PlanRemovals removals;

	private final PlanAccess access;

	private final PlanValidation validation;

	private final PlanPages pages;

	private final Messages messages;

	RecommendationController(ActionPlans plans, PlanRemovals removals, PlanAccess access, PlanValidation validation,
			PlanPages pages, Messages messages) {
		this.plans = plans;
		this.removals = removals;
		this.access = access;
		this.validation = validation;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/recommendations/{id:\\d+}/edit")
	String initEdit(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Long reviewId = keeperOf(id, user);
		model.addAttribute("recForm", PlanForms.RecommendationForm.of(this.plans.recommendation(id, user)));
		return showEdit(id, reviewId, user, model);
	}

	@PostMapping("/recommendations/{id:\\d+}/edit")
	String edit(@PathVariable Long id, @ModelAttribute("recForm") PlanForms.RecommendationForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Long reviewId = keeperOf(id, user);
		Scope scope = this.validation.recommendation(form, result, true);
		if (result.hasErrors()) {
			return showEdit(id, reviewId, user, model);
		}
		try {
			this.plans.editRecommendation(id, FieldRules.parseVersion(form.getVersion()), form.getNumber(),
					form.getRecommendation(), scope, form.getAddressedTo(), user);
		}
		catch (PlanChangedMeanwhileException ex) {
			this.pages.rejectChangedMeanwhile(result, "plan.conflict.recommendation", ex);
			form.setVersion(String.valueOf(ex.currentVersion()));
			return showEdit(id, reviewId, user, model);
		}
		catch (RecommendationNumberTakenException ex) {
			result.rejectValue("number", "plan.number.taken", new Object[] { ex.number() }, null);
			return showEdit(id, reviewId, user, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("plan.recommendation.saved"));
		return "redirect:/reviews/" + reviewId + "/action-plan#rec-" + id;
	}

	@GetMapping("/recommendations/{id:\\d+}/remove")
	String initRemove(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Long reviewId = keeperOf(id, user);
		PlanViews.Rec rec = this.plans.recommendation(id, user);
		model.addAttribute("form", PlanForms.RemoveForm.of(rec.version()));
		return showRemove(rec, reviewId, user, model);
	}

	@PostMapping("/recommendations/{id:\\d+}/remove")
	String remove(@PathVariable Long id, @ModelAttribute("form") PlanForms.RemoveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Long reviewId = keeperOf(id, user);
		PlanViews.Rec rec = this.plans.recommendation(id, user);
		try {
			this.removals.removeRecommendation(id, FieldRules.parseVersion(form.getVersion()), user);
		}
		catch (PlanChangedMeanwhileException ex) {
			this.pages.rejectChangedMeanwhile(result, "plan.conflict.recommendation", ex);
			form.setVersion(String.valueOf(ex.currentVersion()));
			return showRemove(rec, reviewId, user, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("plan.recommendation.removed", rec.number()));
		return "redirect:/reviews/" + reviewId + "/action-plan";
	}

	private Long keeperOf(Long recommendationId, SignedInUser user) {
		Long reviewId = this.access.reviewOfRecommendation(recommendationId, user);
		this.access.requireKeeper(reviewId, user);
		return reviewId;
	}

	private String showEdit(Long id, Long reviewId, SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(reviewId, user));
		model.addAttribute("recommendationId", id);
		model.addAttribute("scopeOptions", this.pages.scopeOptions());
		return EDIT_VIEW;
	}

	private String showRemove(PlanViews.Rec rec, Long reviewId, SignedInUser user, Model model) {
		model.addAttribute("review", this.access.visible(reviewId, user));
		model.addAttribute("recommendation", rec);
		model.addAttribute("updateCount", rec.actions().stream().mapToInt((action) -> action.updates().size()).sum());
		return REMOVE_VIEW;
	}

}

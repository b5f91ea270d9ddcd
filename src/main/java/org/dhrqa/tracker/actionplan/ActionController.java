package org.dhrqa.tracker.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.TimelineItem;

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
 * {@code /actions/{id}}: an action of a plan with its dated implementation updates;
 * adding, changing and removing actions, and appending updates.
 */
@Controller
class ActionController {

	static final String VIEW = "actionplan/action";

	static final String FORM_VIEW = "actionplan/action-form";

	static final String REMOVE_VIEW = "actionplan/action-remove";

	private final ActionPlans plans;

	private final PlanRemovals removals;

	private final PlanAccess access;

	private final PlanValidation validation;

	private final PlanPages pages;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	ActionController(ActionPlans plans, PlanRemovals removals, PlanAccess access, PlanValidation validation,
			PlanPages pages, Messages messages, Formats formats, Clock clock) {
		this.plans = plans;
		this.removals = removals;
		this.access = access;
		this.validation = validation;
		this.pages = pages;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/recommendations/{id:\\d+}/actions/new")
	String initAdd(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		keeperOfRecommendation(id, user);
		model.addAttribute("form", new PlanForms.ActionForm());
		return showForm(id, null, user, model);
	}

	@PostMapping("/recommendations/{id:\\d+}/actions/new")
	String add(@PathVariable Long id, @ModelAttribute("form") PlanForms.ActionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Long reviewId = keeperOfRecommendation(id, user);
		ActionDetails details = this.validation.action(form, result);
		if (result.hasErrors()) {
			return showForm(id, null, user, model);
		}
		Long actionId = this.plans.addAction(id, details, user);
		redirect.addFlashAttribute("flash", this.messages.get("plan.action.added"));
		return "redirect:/reviews/" + reviewId + "/action-plan#action-" + actionId;
	}

	@GetMapping("/actions/{id:\\d+}")
	String action(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanForms.UpdateForm form = new PlanForms.UpdateForm();
		form.setUpdateDate(DateParts.of(LocalDate.now(this.clock)));
		model.addAttribute("updateForm", form);
		return show(id, user, model);
	}

	@PostMapping("/actions/{id:\\d+}/updates")
	String addUpdate(@PathVariable Long id, @ModelAttribute("updateForm") PlanForms.UpdateForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		keeperOfAction(id, user);
		PlanValidation.Update update = this.validation.update(form, result);
		if (result.hasErrors()) {
			return show(id, user, model);
		}
		this.plans.addUpdate(id, update.date(), update.text(), update.newStatus(), user);
		redirect.addFlashAttribute("flash", this.messages.get("plan.update.added"));
		return "redirect:/actions/" + id;
	}

	@GetMapping("/actions/{id:\\d+}/edit")
	String initEdit(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		keeperOfAction(id, user);
		PlanViews.Action action = this.plans.action(id, user);
		model.addAttribute("form", PlanForms.ActionForm.of(action));
		return showForm(action.recommendationId(), id, user, model);
	}

	@PostMapping("/actions/{id:\\d+}/edit")
	String edit(@PathVariable Long id, @ModelAttribute("form") PlanForms.ActionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		keeperOfAction(id, user);
		PlanViews.Action action = this.plans.action(id, user);
		ActionDetails details = this.validation.action(form, result);
		if (result.hasErrors()) {
			return showForm(action.recommendationId(), id, user, model);
		}
		try {
			this.plans.editAction(id, FieldRules.parseVersion(form.getVersion()), details, user);
		}
		catch (PlanChangedMeanwhileException ex) {
			this.pages.rejectChangedMeanwhile(result, "plan.conflict.action", ex);
			form.setVersion(String.valueOf(ex.currentVersion()));
			return showForm(action.recommendationId(), id, user, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("plan.action.saved"));
		return "redirect:/actions/" + id;
	}

	@GetMapping("/actions/{id:\\d+}/remove")
	String initRemove(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		keeperOfAction(id, user);
		PlanViews.Action action = this.plans.action(id, user);
		model.addAttribute("form", PlanForms.RemoveForm.of(action.version()));
		return showRemove(action, user, model);
	}

	@PostMapping("/actions/{id:\\d+}/remove")
	String remove(@PathVariable Long id, @ModelAttribute("form") PlanForms.RemoveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		Long reviewId = keeperOfAction(id, user);
		PlanViews.Action action = this.plans.action(id, user);
		try {
			this.removals.removeAction(id, FieldRules.parseVersion(form.getVersion()), user);
		}
		catch (PlanChangedMeanwhileException ex) {
			this.pages.rejectChangedMeanwhile(result, "plan.conflict.action", ex);
			form.setVersion(String.valueOf(ex.currentVersion()));
			return showRemove(action, user, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("plan.action.removed", action.recommendationNumber()));
		return "redirect:/reviews/" + reviewId + "/action-plan#rec-" + action.recommendationId();
	}

	private Long keeperOfRecommendation(Long recommendationId, SignedInUser user) {
		Long reviewId = this.access.reviewOfRecommendation(recommendationId, user);
		this.access.requireKeeper(reviewId, user);
		return reviewId;
	}

	private Long keeperOfAction(Long actionId, SignedInUser user) {
		Long reviewId = this.access.reviewOfAction(actionId, user);
		this.access.requireKeeper(reviewId, user);
		return reviewId;
	}

	private String show(Long id, SignedInUser user, Model model) {
		PlanViews.Action action = this.plans.action(id, user);
		Long reviewId = this.plans.reviewOfAction(id, user);
		model.addAttribute("review", this.access.visible(reviewId, user));
		model.addAttribute("action", action);
		model.addAttribute("recommendation", this.plans.recommendation(action.recommendationId(), user));
		model.addAttribute("canEdit", this.plans.canEdit(reviewId, user));
		model.addAttribute("statusOptions", this.pages.statusOptions());
		model.addAttribute("timeline", timeline(action));
		return VIEW;
	}

	private List<TimelineItem> timeline(PlanViews.Action action) {
		List<TimelineItem> timeline = new ArrayList<>();
		for (UpdateView update : action.updates()) {
			List<String> lines = new ArrayList<>();
			lines.add(update.text());
			if (update.statusTo() != null) {
				lines.add(this.messages.get("plan.update.statusChange",
						this.messages.get(update.statusFrom().messageKey()),
						this.messages.get(update.statusTo().messageKey())));
			}
			timeline.add(0, new TimelineItem(this.messages.get("plan.update.title", this.formats.date(update.date())),
					this.messages.get("plan.update.by", update.author()), lines));
		}
		return timeline;
	}

	private String showForm(Long recommendationId, Long actionId, SignedInUser user, Model model) {
		Long reviewId = this.plans.reviewOfRecommendation(recommendationId, user);
		model.addAttribute("review", this.access.visible(reviewId, user));
		model.addAttribute("recommendation", this.plans.recommendation(recommendationId, user));
		model.addAttribute("actionId", actionId);
		model.addAttribute("statusOptions", this.pages.statusOptions());
		return FORM_VIEW;
	}

	private String showRemove(PlanViews.Action action, SignedInUser user, Model model) {
		Long reviewId = this.plans.reviewOfAction(action.id(), user);
		model.addAttribute("review", this.access.visible(reviewId, user));
		model.addAttribute("action", action);
		model.addAttribute("recommendation", this.plans.recommendation(action.recommendationId(), user));
		return REMOVE_VIEW;
	}

}

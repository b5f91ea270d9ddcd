package org.dhrqa.tracker.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering and correcting a review, and moving it through its lifecycle. A save that
 * would overwrite someone else's change is refused, naming who changed what, with the
 * person's own input kept on the page to re-apply.
 */
@Controller
class ReviewFormController {

	static final String FORM_VIEW = "review/form";

	private final Reviews reviews;

	private final Csps csps;

	private final ReviewFormValidator validator;

	private final ReviewTimelines timelines;

	private final MessageSource messages;

	private final Formats formats;

	ReviewFormController(Reviews reviews, Csps csps, ReviewFormValidator validator, ReviewTimelines timelines,
			MessageSource messages, Formats formats) {
		this.reviews = reviews;
		this.csps = csps;
		this.validator = validator;
		this.timelines = timelines;
		this.messages = messages;
		this.formats = formats;
	}

	@InitBinder
	void limitCollectionGrowth(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(20);
	}

	@GetMapping("/reviews/new")
	String initCreateForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireCanRegister(user);
		ReviewForm form = new ReviewForm();
		if (user.isCspUser()) {
			form.setCsp(String.valueOf(user.cspId()));
		}
		return showForm(form, null, user, model);
	}

	@PostMapping("/reviews/new")
	String processCreateForm(@ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		requireCanRegister(user);
		if (user.isCspUser()) {
			form.setCsp(String.valueOf(user.cspId()));
		}
		this.validator.validate(form, result, !user.isCspUser());
		if (!user.isCspUser() && form.cspId() != null && this.csps.find(form.cspId()).isEmpty()) {
			result.rejectValue("csp", "review.csp.required");
		}
		if (result.hasErrors()) {
			return showForm(form, null, user, model);
		}
		try {
			Long id = this.reviews.register(form.cspId(), form.toDetails(), user);
			redirect.addFlashAttribute("flash", msg("review.registered", form.getVictimPseudonyms().trim()));
			return "redirect:/reviews/" + id;
		}
		catch (DuplicateReferenceException ex) {
			result.rejectValue("reference", "review.reference.duplicate");
			return showForm(form, null, user, model);
		}
	}

	@GetMapping("/reviews/{id:\\d+}/edit")
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		requireCanEdit(review, user);
		return showForm(ReviewForm.of(review), review, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ReviewView review = this.reviews.requireVisible(id, user);
		requireCanEdit(review, user);
		form.setCsp(String.valueOf(review.cspId()));
		this.validator.validate(form, result, false);
		if (result.hasErrors()) {
			return showForm(form, review, user, model);
		}
		try {
			this.reviews.update(id, form.expectedVersion(), form.toDetails(), user);
		}
		catch (DuplicateReferenceException ex) {
			result.rejectValue("reference", "review.reference.duplicate");
			return showForm(form, review, user, model);
		}
		catch (ReviewChangedMeanwhileException ex) {
			return showConflict(id, form, result, ex.getLatestChange(), user, model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return showConflict(id, form, result, null, user, model);
		}
		redirect.addFlashAttribute("flash", msg("review.saved"));
		return "redirect:/reviews/" + id;
	}

	private String showConflict(Long id, ReviewForm form, BindingResult result, HistoryEvent latest, SignedInUser user,
			Model model) {
		ReviewView current = this.reviews.requireVisible(id, user);
		if (latest != null) {
			form.adoptTheirChangesWhereUntouched(latest.changes(), current);
		}
		// the person's own edits stay; the next save applies them over the current
		// version
		form.setVersion(String.valueOf(current.version()));
		String who = (latest != null) ? latest.actorName() : msg("review.conflict.someone");
		result.reject("review.conflict", new Object[] { who }, null);
		model.addAttribute("conflictTitle",
				(latest != null) ? msg("review.conflict.title", latest.actorName(), this.formats.dateTime(latest.at()))
						: msg("review.conflict.titleUnknown"));
		model.addAttribute("conflictDetails",
				(latest != null) ? this.timelines.history(List.of(latest)).get(0).lines() : List.of());
		return showForm(form, current, user, model);
	}

	private String showForm(ReviewForm form, ReviewView review, SignedInUser user, Model model) {
		form.padPseudonyms();
		model.addAttribute("form", form);
		model.addAttribute("review", review);
		model.addAttribute("chooseCsp", review == null && !user.isCspUser());
		model.addAttribute("cspName",
				(review != null) ? review.cspName() : this.csps.find(user.cspId()).map((csp) -> csp.name()).orElse(""));
		model.addAttribute("cspOptions",
				this.csps.all().stream().map((csp) -> new Option(csp.id().toString(), csp.name())).toList());
		model.addAttribute("typeOptions",
				Arrays.stream(ReviewType.values())
					.map((type) -> new Option(type.name(), msg(type.messageKey())))
					.toList());
		return FORM_VIEW;
	}

	private static void requireCanRegister(SignedInUser user) {
		user.require(Permission.REGISTER_REVIEW);
	}

	private static void requireCanEdit(ReviewView review, SignedInUser user) {
		user.require(Permission.EDIT_FACTS, review.cspId());
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

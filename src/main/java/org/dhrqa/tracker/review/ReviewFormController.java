package org.dhrqa.tracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.account.Role;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

	static final String STAGE_VIEW = "review/stage";

	private final Reviews reviews;

	private final Csps csps;

	private final ReviewFormValidator validator;

	private final ReviewTimelines timelines;

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	ReviewFormController(Reviews reviews, Csps csps, ReviewFormValidator validator, ReviewTimelines timelines,
			MessageSource messages, Formats formats, Clock clock) {
		this.reviews = reviews;
		this.csps = csps;
		this.validator = validator;
		this.timelines = timelines;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
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

	@GetMapping("/reviews/{id:\\d+}/stage")
	String initStageForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = this.reviews.requireVisible(id, user);
		requireCanEdit(review, user);
		StageForm form = new StageForm();
		form.setEffectiveOn(DateParts.of(LocalDate.now(this.clock)));
		form.setVersion(String.valueOf(review.version()));
		return showStageForm(form, review, model);
	}

	@PostMapping("/reviews/{id:\\d+}/stage")
	String processStageForm(@PathVariable Long id, @ModelAttribute("form") StageForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ReviewView review = this.reviews.requireVisible(id, user);
		requireCanEdit(review, user);
		ReviewStage target = review.stage()
			.next()
			.stream()
			.filter((stage) -> stage.name().equals(form.getStage()))
			.findFirst()
			.orElse(null);
		if (target == null) {
			result.rejectValue("stage", "stage.required");
		}
		LocalDate effective = form.getEffectiveOn()
			.validate(result, "effectiveOn",
					new org.springframework.context.support.DefaultMessageSourceResolvable("stage.name.effectiveOn"),
					true, LocalDate.now(this.clock));
		List<StageChangeView> history = this.reviews.stageHistory(id, user);
		LocalDate lastEffective = history.isEmpty() ? null : history.get(history.size() - 1).effectiveOn();
		if (effective != null && lastEffective != null && effective.isBefore(lastEffective)) {
			result.rejectValue("effectiveOn", "stage.effectiveOn.beforeLast",
					new Object[] { this.formats.date(lastEffective) }, null);
		}
		if (form.getNote().length() > 1000) {
			result.rejectValue("note", "review.tooLong", new Object[] { 1000 }, null);
		}
		if (result.hasErrors()) {
			return showStageForm(form, review, model);
		}
		try {
			this.reviews.moveTo(id, form.expectedVersion(), target, effective,
					form.getNote().isBlank() ? null : form.getNote().trim(), user);
		}
		catch (ReviewChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("stage.conflict");
			ReviewView current = this.reviews.requireVisible(id, user);
			form.setVersion(String.valueOf(current.version()));
			return showStageForm(form, current, model);
		}
		redirect.addFlashAttribute("flash", msg("stage.moved", msg(target.messageKey())));
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

	private String showStageForm(StageForm form, ReviewView review, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("review", review);
		model.addAttribute("stageOptions",
				review.stage()
					.next()
					.stream()
					.sorted()
					.map((stage) -> new Option(stage.name(), msg(stage.messageKey())))
					.toList());
		return STAGE_VIEW;
	}

	private static void requireCanRegister(SignedInUser user) {
		if (!user.is(Role.CSP_STAFF, Role.CSP_MANAGER, Role.QA_SECRETARIAT, Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Read-only role");
		}
	}

	private static void requireCanEdit(ReviewView review, SignedInUser user) {
		if (!user.canEditForCsp(review.cspId())) {
			throw new AccessDeniedException("Read-only access to this review");
		}
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}

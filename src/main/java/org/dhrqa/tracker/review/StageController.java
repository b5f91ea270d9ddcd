package org.dhrqa.tracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * {@code /reviews/{id}/stage}: the CSP records the stages it owns; the stages that record
 * a QA decision are shown with the event that brings them, not offered. The secretariat
 * and administrators put a wrong stage right at {@code /reviews/{id}/stage/correct}, with
 * a reason.
 */
@Controller
class StageController {

	static final String STAGE_VIEW = "review/stage";

	static final String CORRECT_VIEW = "review/stage-correct";

	private static final int NOTE_LIMIT = 1000;

	private final Reviews reviews;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	StageController(Reviews reviews, Messages messages, Formats formats, Clock clock) {
		this.reviews = reviews;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/reviews/{id:\\d+}/stage")
	String initStageForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = requireStageWork(id, user);
		return showStageForm(newForm(review), review, user, model);
	}

	@PostMapping("/reviews/{id:\\d+}/stage")
	String processStageForm(@PathVariable Long id, @ModelAttribute("form") StageForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ReviewView review = requireStageWork(id, user);
		Optional<StageChoice> choice = this.reviews.stageChoices(id, user)
			.stream()
			.filter((candidate) -> candidate.stage().name().equals(form.getStage()))
			.findFirst();
		if (choice.isEmpty()) {
			result.rejectValue("stage", "stage.required");
		}
		else if (!choice.get().offered()) {
			result.rejectValue("stage", "stage.notOffered", new Object[] {
					this.messages.get(choice.get().stage().messageKey()), this.messages.get(choice.get().refusal()) },
					null);
		}
		LocalDate effective = validateDate(form, result);
		LocalDate lastEffective = lastEffective(id, user);
		if (effective != null && lastEffective != null && effective.isBefore(lastEffective)) {
			result.rejectValue("effectiveOn", "stage.effectiveOn.beforeLast",
					new Object[] { this.formats.date(lastEffective) }, null);
		}
		if (form.getNote().length() > NOTE_LIMIT) {
			result.rejectValue("note", "review.tooLong", new Object[] { NOTE_LIMIT }, null);
		}
		if (result.hasErrors()) {
			return showStageForm(form, review, user, model);
		}
		ReviewStage target = choice.get().stage();
		try {
			this.reviews.moveTo(id, form.expectedVersion(), target, effective,
					form.getNote().isBlank() ? null : form.getNote().trim(), user);
		}
		catch (StageChangeRefusedException ex) {
			result.rejectValue("stage", "stage.notOffered",
					new Object[] { this.messages.get(target.messageKey()), this.messages.get(ex.getReason()) }, null);
			return showStageForm(form, review, user, model);
		}
		catch (ReviewChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			return showStageConflict(id, form, result, user, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("stage.moved", this.messages.get(target.messageKey())));
		return "redirect:/reviews/" + id;
	}

	@GetMapping("/reviews/{id:\\d+}/stage/correct")
	String initCorrectForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewView review = requireCorrection(id, user);
		return showCorrectForm(newForm(review), review, model);
	}

	@PostMapping("/reviews/{id:\\d+}/stage/correct")
	String processCorrectForm(@PathVariable Long id, @ModelAttribute("form") StageForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ReviewView review = requireCorrection(id, user);
		ReviewStage target = Arrays.stream(ReviewStage.values())
			.filter((stage) -> stage != review.stage() && stage.name().equals(form.getStage()))
			.findFirst()
			.orElse(null);
		if (target == null) {
			result.rejectValue("stage", "stage.correct.required");
		}
		LocalDate effective = validateDate(form, result);
		if (form.getNote().isBlank()) {
			result.rejectValue("note", "stage.correct.reason.required");
		}
		else if (form.getNote().length() > NOTE_LIMIT) {
			result.rejectValue("note", "review.tooLong", new Object[] { NOTE_LIMIT }, null);
		}
		if (result.hasErrors()) {
			return showCorrectForm(form, review, model);
		}
		try {
			this.reviews.correctStage(id, form.expectedVersion(), target, effective, form.getNote(), user);
		}
		catch (StageChangeRefusedException ex) {
			result.rejectValue("stage", "stage.correct.refused",
					new Object[] { this.messages.get(target.messageKey()), this.messages.get(ex.getReason()) }, null);
			return showCorrectForm(form, review, model);
		}
		catch (ReviewChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("stage.conflict");
			ReviewView current = this.reviews.requireVisible(id, user);
			form.setVersion(String.valueOf(current.version()));
			return showCorrectForm(form, current, model);
		}
		redirect.addFlashAttribute("flash",
				this.messages.get("stage.corrected", this.messages.get(target.messageKey())));
		return "redirect:/reviews/" + id;
	}

	private ReviewView requireStageWork(Long id, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(id, user);
		if (!user.may(Permission.RECORD_STAGE, review.cspId()) && !user.may(Permission.CORRECT_STAGE, review.cspId())) {
			throw new AccessDeniedException("Not permitted to change the stage");
		}
		return review;
	}

	private ReviewView requireCorrection(Long id, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(id, user);
		user.require(Permission.CORRECT_STAGE, review.cspId());
		return review;
	}

	private StageForm newForm(ReviewView review) {
		StageForm form = new StageForm();
		form.setEffectiveOn(DateParts.of(LocalDate.now(this.clock)));
		form.setVersion(String.valueOf(review.version()));
		return form;
	}

	private LocalDate validateDate(StageForm form, BindingResult result) {
		return form.getEffectiveOn()
			.validate(result, "effectiveOn", new DefaultMessageSourceResolvable("stage.name.effectiveOn"), true,
					LocalDate.now(this.clock));
	}

	private LocalDate lastEffective(Long id, SignedInUser user) {
		List<StageChangeView> history = this.reviews.stageHistory(id, user);
		return history.isEmpty() ? null : history.get(history.size() - 1).effectiveOn();
	}

	private String showStageConflict(Long id, StageForm form, BindingResult result, SignedInUser user, Model model) {
		result.reject("stage.conflict");
		ReviewView current = this.reviews.requireVisible(id, user);
		form.setVersion(String.valueOf(current.version()));
		return showStageForm(form, current, user, model);
	}

	private String showStageForm(StageForm form, ReviewView review, SignedInUser user, Model model) {
		List<StageChoice> choices = this.reviews.stageChoices(review.id(), user);
		model.addAttribute("form", form);
		model.addAttribute("review", review);
		model.addAttribute("stageOptions",
				choices.stream()
					.filter(StageChoice::offered)
					.map((choice) -> new Option(choice.stage().name(), this.messages.get(choice.stage().messageKey())))
					.toList());
		model.addAttribute("notOffered",
				choices.stream()
					.filter((choice) -> !choice.offered())
					.map((choice) -> new Option(this.messages.get(choice.stage().messageKey()),
							this.messages.get(choice.refusal())))
					.toList());
		model.addAttribute("mayCorrect", user.may(Permission.CORRECT_STAGE, review.cspId()));
		return STAGE_VIEW;
	}

	private String showCorrectForm(StageForm form, ReviewView review, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("review", review);
		model.addAttribute("stageOptions",
				Arrays.stream(ReviewStage.values())
					.filter((stage) -> stage != review.stage())
					.map((stage) -> new Option(stage.name(), this.messages.get(stage.messageKey())))
					.toList());
		return CORRECT_VIEW;
	}

}

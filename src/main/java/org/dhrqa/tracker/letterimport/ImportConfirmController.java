package org.dhrqa.tracker.letterimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.letter.ReceivedLetters;
import org.dhrqa.tracker.letterimport.ImportForms.MatchForm;
import org.dhrqa.tracker.review.ReviewStage;
import org.dhrqa.tracker.review.ReviewType;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * {@code /letter-imports/{id}/review} and {@code /confirm}: match the checked letter to
 * one of its CSP's reviews (or describe a new one), then confirm. Confirming records the
 * letter as issued with its items open; until then nothing is tracked.
 */
@Controller
class ImportConfirmController {

	static final String MATCH_VIEW = "letterimport/match";

	static final String CONFIRM_VIEW = "letterimport/confirm";

	private final ImportConfirmation confirmation;

	private final LetterImports imports;

	private final Reviews reviews;

	private final Formats formats;

	private final Messages messages;

	private final Clock clock;

	ImportConfirmController(ImportConfirmation confirmation, LetterImports imports, Reviews reviews, Formats formats,
			Messages messages, Clock clock) {
		this.confirmation = confirmation;
		this.imports = imports;
		this.reviews = reviews;
		this.formats = formats;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/letter-imports/{id:\\d+}/review")
	String initMatch(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		try {
			LetterImport letterImport = this.confirmation.readyToMatch(id, user);
			ImportConfirmation.Candidates candidates = this.confirmation.candidates(id, user);
			MatchForm form = new MatchForm();
			if (letterImport.getReviewId() != null) {
				form.setReview(letterImport.getReviewId().toString());
				if (candidates.matching().stream().noneMatch((r) -> r.id().equals(letterImport.getReviewId()))) {
					form.setReview(MatchForm.OTHER);
					form.setOtherReview(letterImport.getReviewId().toString());
				}
			}
			else if (letterImport.newReview() != null) {
				form.setReview(MatchForm.NEW);
				form.setReference(letterImport.newReview().reference());
				form.setType(letterImport.newReview().type().name());
				form.setNotifiedOn(DateParts.of(letterImport.newReview().notifiedOn()));
			}
			else if (candidates.matching().size() == 1) {
				form.setReview(candidates.matching().get(0).id().toString());
			}
			return showMatch(id, form, user, model);
		}
		catch (ImportConfirmation.IncompleteException ex) {
			return backToCheck(id, redirect);
		}
	}

	@PostMapping("/letter-imports/{id:\\d+}/review")
	String match(@PathVariable Long id, @ModelAttribute("form") MatchForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		try {
			LetterImport letterImport = this.confirmation.readyToMatch(id, user);
			ImportConfirmation.Candidates candidates = this.confirmation.candidates(id, user);
			List<ReviewView> all = new ArrayList<>(candidates.matching());
			all.addAll(candidates.others());
			Long reviewId = null;
			LetterImport.NewReview newReview = null;
			if (MatchForm.NEW.equals(form.getReview())) {
				newReview = validateNew(id, form, result, letterImport.draft().meetingDate(), user);
			}
			else {
				String chosen = MatchForm.OTHER.equals(form.getReview()) ? form.getOtherReview() : form.getReview();
				Long candidate = ImportCheckController.parseId(chosen);
				reviewId = all.stream()
					.map(ReviewView::id)
					.filter((rid) -> rid.equals(candidate))
					.findFirst()
					.orElse(null);
				if (reviewId == null) {
					result.rejectValue(MatchForm.OTHER.equals(form.getReview()) ? "otherReview" : "review",
							"letterImport.review.required");
				}
			}
			if (result.hasErrors()) {
				return showMatch(id, form, user, model);
			}
			this.confirmation.chooseReview(id, reviewId, newReview, user);
			return "redirect:/letter-imports/" + id + "/confirm";
		}
		catch (ImportConfirmation.IncompleteException ex) {
			return backToCheck(id, redirect);
		}
	}

	private LetterImport.NewReview validateNew(Long id, MatchForm form, BindingResult result, LocalDate meetingDate,
			SignedInUser user) {
		String reference = form.getReference().strip();
		if (reference.isEmpty()) {
			result.rejectValue("reference", "letterImport.reference.required");
		}
		else if (reference.length() > 50) {
			result.rejectValue("reference", "letterImport.tooLong", new Object[] { 50 }, null);
		}
		else if (this.confirmation.referenceTaken(id, reference, user)) {
			result.rejectValue("reference", "letterImport.reference.taken");
		}
		ReviewType type = Arrays.stream(ReviewType.values())
			.filter((candidate) -> candidate.name().equals(form.getType()))
			.findFirst()
			.orElse(null);
		if (type == null) {
			result.rejectValue("type", "letterImport.type.required");
		}
		LocalDate notified = form.getNotifiedOn()
			.validate(result, "notifiedOn", new DefaultMessageSourceResolvable("letterImport.name.notifiedOn"), true,
					LocalDate.now(this.clock));
		if (notified != null && meetingDate != null && notified.isAfter(meetingDate)) {
			result.rejectValue("notifiedOn", "letterImport.notifiedOn.afterMeeting",
					new Object[] { this.formats.date(meetingDate) }, null);
		}
		return result.hasErrors() ? null : new LetterImport.NewReview(reference, type, notified);
	}

	private String showMatch(Long id, MatchForm form, SignedInUser user, Model model) {
		ImportConfirmation.Candidates candidates = this.confirmation.candidates(id, user);
		List<Option> options = new ArrayList<>();
		for (ReviewView review : candidates.matching()) {
			options.add(new Option(review.id().toString(), this.messages.get("letterImport.match.candidate",
					review.title(), review.reference(), this.messages.get(review.stage().messageKey()))));
		}
		if (!candidates.others().isEmpty()) {
			options.add(new Option(MatchForm.OTHER, this.messages.get("letterImport.match.other")));
		}
		options.add(new Option(MatchForm.NEW, this.messages.get("letterImport.match.new")));
		model.addAttribute("letterImport", this.imports.view(id, user));
		model.addAttribute("draft", this.imports.draft(id, user));
		model.addAttribute("form", form);
		model.addAttribute("reviewOptions", options);
		model.addAttribute("otherOptions", candidates.others()
			.stream()
			.map((review) -> new Option(review.id().toString(), review.title() + " \u2013 " + review.reference()))
			.toList());
		model.addAttribute("hasOthers", !candidates.others().isEmpty());
		model.addAttribute("typeOptions",
				Arrays.stream(ReviewType.values())
					.map((t) -> new Option(t.name(), this.messages.get(t.messageKey())))
					.toList());
		return MATCH_VIEW;
	}

	@GetMapping("/letter-imports/{id:\\d+}/confirm")
	String initConfirm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		try {
			LetterImport letterImport = this.confirmation.readyToMatch(id, user);
			if (letterImport.getReviewId() == null && letterImport.newReview() == null) {
				return "redirect:/letter-imports/" + id + "/review";
			}
			LetterImport.Draft draft = letterImport.draft();
			ReviewView review = (letterImport.getReviewId() != null)
					? this.reviews.requireVisible(letterImport.getReviewId(), user) : null;
			ReviewStage from = (review != null) ? review.stage() : ReviewStage.NOTIFIED;
			model.addAttribute("letterImport", this.imports.view(id, user));
			model.addAttribute("draft", draft);
			model.addAttribute("review", review);
			model.addAttribute("newReview", letterImport.newReview());
			model.addAttribute("stageAfter", ReceivedLetters.stageAfter(from, draft.outcome()));
			model.addAttribute("cspName",
					this.imports.cspChoices(user)
						.stream()
						.filter((csp) -> csp.id().equals(letterImport.getCspId()))
						.map((csp) -> csp.name())
						.findFirst()
						.orElse(""));
			return CONFIRM_VIEW;
		}
		catch (ImportConfirmation.IncompleteException ex) {
			return backToCheck(id, redirect);
		}
	}

	@PostMapping("/letter-imports/{id:\\d+}/confirm")
	String confirm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			Long letterId = this.confirmation.confirm(id, user);
			redirect.addFlashAttribute("flash", this.messages.get("letterImport.confirmed"));
			return "redirect:/letters/" + letterId;
		}
		catch (ImportConfirmation.IncompleteException ex) {
			return backToCheck(id, redirect);
		}
		catch (ImportConfirmation.ReferenceTakenException ex) {
			redirect.addFlashAttribute("flash", this.messages.get("letterImport.reference.taken"));
			return "redirect:/letter-imports/" + id + "/review";
		}
	}

	private String backToCheck(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("warning", this.messages.get("letterImport.finishChecking"));
		return "redirect:/letter-imports/" + id;
	}

}

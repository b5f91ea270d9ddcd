package org.dhrqa.tracker.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /letters/{id}/edit}: the secretariat's wording of a draft letter. */
@Controller
class DraftWordingController {

	private static final String VIEW = "letter/edit";

	private final Letters letters;

	private final LetterDrafting drafting;

	private final LetterPage page;

	private final Messages messages;

	private final Clock clock;

	DraftWordingController(Letters letters, LetterDrafting drafting, LetterPage page, Messages messages, Clock clock) {
		this.letters = letters;
		this.drafting = drafting;
		this.page = page;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/letters/{id:\\d+}/edit")
	String initEditForm(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = this.page.requireDraft(id, user);
		model.addAttribute("letter", letter);
		model.addAttribute("form", LetterForm.of(this.letters.content(id, user), letter.version()));
		model.addAttribute("outcomeOptions", this.page.outcomeOptions());
		return VIEW;
	}

	@PostMapping("/letters/{id:\\d+}/edit")
	String processEditForm(@PathVariable Long id, @ModelAttribute("form") LetterForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.page.requireDraft(id, user);
		form.getLetterDate()
			.validate(result, "letterDate", new DefaultMessageSourceResolvable("letter.name.letterDate"), false,
					LocalDate.now(this.clock).plusDays(60));
		FieldRules.required(result, "addresseeName", form.getAddresseeName(), 200, "letter.addresseeName.required");
		FieldRules.required(result, "salutation", form.getSalutation(), 200, "letter.salutation.required");
		FieldRules.required(result, "opening", form.getOpening(), LetterPage.MAX_TEXT, "letter.opening.required");
		FieldRules.required(result, "listHeading", form.getListHeading(), 200, "letter.listHeading.required");
		FieldRules.required(result, "publicationInstructions", form.getPublicationInstructions(), LetterPage.MAX_TEXT,
				"letter.publicationInstructions.required");
		FieldRules.required(result, "closing", form.getClosing(), LetterPage.MAX_TEXT, "letter.closing.required");
		FieldRules.required(result, "signOff", form.getSignOff(), 500, "letter.signOff.required");
		FieldRules.required(result, "letterhead", form.getLetterhead(), 1000, "letter.letterhead.required");
		Outcome outcome = Arrays.stream(Outcome.values())
			.filter((o) -> o.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
		if (outcome == null) {
			result.rejectValue("outcome", "letter.outcome.required");
		}
		else if (outcome != letter.outcome() && form.getOutcomeText()
			.trim()
			.equals(this.drafting.outcomeWording(id, letter.outcome(), user).trim())) {
			// the standard sentence of the old outcome follows the outcome that replaced
			// it
			form.setOutcomeText(this.drafting.outcomeWording(id, outcome, user));
		}
		FieldRules.required(result, "outcomeText", form.getOutcomeText(), LetterPage.MAX_TEXT,
				"letter.outcomeText.required");
		if (result.hasErrors()) {
			return showForm(letter, model);
		}
		try {
			this.drafting.edit(id, form.expectedVersion(), form.toContent(), user);
		}
		catch (LetterChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			result.reject("letter.conflict");
			form.setVersion(String.valueOf(this.letters.requireVisible(id, user).version()));
			return showForm(letter, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("letter.saved"));
		return "redirect:/letters/" + id;
	}

	private String showForm(LetterView letter, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("outcomeOptions", this.page.outcomeOptions());
		return VIEW;
	}

}

package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /letters/{id}/strengths}: the strengths paragraphs of a draft letter. */
@Controller
class DraftStrengthController {

	private static final String VIEW = "letter/strength";

	private final LetterDrafting drafting;

	private final LetterPage page;

	private final Messages messages;

	DraftStrengthController(LetterDrafting drafting, LetterPage page, Messages messages) {
		this.drafting = drafting;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping("/letters/{id:\\d+}/strengths")
	String addStrength(@PathVariable Long id, @ModelAttribute("strengthForm") LetterForms.TextForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		FieldRules.required(result, "text", form.getText(), LetterPage.MAX_TEXT, "letter.strength.required");
		if (result.hasErrors()) {
			return this.page.show(id, form, new LetterForms.ItemForm(), user, model);
		}
		this.drafting.addStrength(id, form.getText(), user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.strength.added"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@GetMapping("/letters/{id:\\d+}/strengths/{strengthId:\\d+}/edit")
	String initStrengthForm(@PathVariable Long id, @PathVariable Long strengthId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		LetterView letter = this.page.requireDraft(id, user);
		LetterView.Strength strength = letter.strengths()
			.stream()
			.filter((candidate) -> candidate.id().equals(strengthId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		LetterForms.TextForm form = new LetterForms.TextForm();
		form.setText(strength.text());
		form.setVersion(String.valueOf(strength.version()));
		model.addAttribute("form", form);
		return showForm(letter, strengthId, model);
	}

	/**
	 * Saves the strength the person opened, by its id: if someone changed it meanwhile,
	 * nothing is saved and the form comes back with their words shown and the person's
	 * still in the box; if someone removed it, the person can add their text as a new
	 * one.
	 */
	@PostMapping("/letters/{id:\\d+}/strengths/{strengthId:\\d+}/edit")
	String processStrengthForm(@PathVariable Long id, @PathVariable Long strengthId,
			@ModelAttribute("form") LetterForms.TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.page.requireDraft(id, user);
		FieldRules.required(result, "text", form.getText(), LetterPage.MAX_TEXT, "letter.strength.required");
		if (result.hasErrors()) {
			return showForm(letter, strengthId, model);
		}
		try {
			this.drafting.editStrength(id, strengthId, FieldRules.parseVersion(form.getVersion()), form.getText(),
					user);
		}
		catch (StrengthChangedMeanwhileException ex) {
			result.reject("letter.strength.conflict");
			form.setVersion(String.valueOf(ex.currentVersion()));
			model.addAttribute("theirText", ex.currentText());
			return showForm(letter, strengthId, model);
		}
		catch (StrengthGoneException ex) {
			result.reject("letter.strength.gone");
			model.addAttribute("gone", true);
			return showForm(letter, strengthId, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("letter.saved"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{strengthId:\\d+}/remove")
	String removeStrength(@PathVariable Long id, @PathVariable Long strengthId,
			@RequestParam(defaultValue = "") String version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		try {
			this.drafting.removeStrength(id, strengthId, FieldRules.parseVersion(version), user);
			redirect.addFlashAttribute("flash", this.messages.get("letter.strength.removed"));
		}
		catch (StrengthChangedMeanwhileException ex) {
			redirect.addFlashAttribute("warning", this.messages.get("letter.strength.removeConflict"));
		}
		catch (StrengthGoneException ex) {
			redirect.addFlashAttribute("flash", this.messages.get("letter.strength.alreadyRemoved"));
		}
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{strengthId:\\d+}/move")
	String moveStrength(@PathVariable Long id, @PathVariable Long strengthId,
			@RequestParam(defaultValue = "down") String direction, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		try {
			this.drafting.moveStrength(id, strengthId, "up".equals(direction) ? -1 : 1, user);
		}
		catch (StrengthGoneException ex) {
			redirect.addFlashAttribute("flash", this.messages.get("letter.strength.alreadyRemoved"));
		}
		return "redirect:/letters/" + id + "#strengths";
	}

	private String showForm(LetterView letter, Long strengthId, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("strengthId", strengthId);
		return VIEW;
	}

}

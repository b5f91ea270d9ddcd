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

	@GetMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/edit")
	String initStrengthForm(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LetterView letter = this.page.requireDraft(id, user);
		if (index >= letter.strengths().size()) {
			throw new NotFoundException();
		}
		LetterForms.TextForm form = new LetterForms.TextForm();
		form.setText(letter.strengths().get(index));
		model.addAttribute("letter", letter);
		model.addAttribute("form", form);
		model.addAttribute("index", index);
		return VIEW;
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/edit")
	String processStrengthForm(@PathVariable Long id, @PathVariable int index,
			@ModelAttribute("form") LetterForms.TextForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.page.requireDraft(id, user);
		FieldRules.required(result, "text", form.getText(), LetterPage.MAX_TEXT, "letter.strength.required");
		if (result.hasErrors()) {
			model.addAttribute("letter", letter);
			model.addAttribute("index", index);
			return VIEW;
		}
		this.drafting.editStrength(id, index, form.getText(), user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.saved"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/remove")
	String removeStrength(@PathVariable Long id, @PathVariable int index, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		this.drafting.removeStrength(id, index, user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.strength.removed"));
		return "redirect:/letters/" + id + "#strengths";
	}

	@PostMapping("/letters/{id:\\d+}/strengths/{index:\\d+}/move")
	String moveStrength(@PathVariable Long id, @PathVariable int index,
			@RequestParam(defaultValue = "down") String direction, @AuthenticationPrincipal SignedInUser user) {
		this.page.requireDraft(id, user);
		this.drafting.moveStrength(id, index, "up".equals(direction) ? -1 : 1, user);
		return "redirect:/letters/" + id + "#strengths";
	}

}

package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.account.SignedInUser;
import java.util.Optional;

import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.feedback.ItemChangedMeanwhileException;
import org.dhrqa.tracker.feedback.ItemView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /letters/{id}/items}: the areas for development of a draft letter, which become
 * the CSP's feedback items when it is issued.
 */
@Controller
class DraftAreaController {

	private static final String VIEW = "letter/item";

	private final LetterDrafting drafting;

	private final LetterPage page;

	private final Messages messages;

	DraftAreaController(LetterDrafting drafting, LetterPage page, Messages messages) {
		this.drafting = drafting;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping("/letters/{id:\\d+}/items")
	String addItem(@PathVariable Long id, @ModelAttribute("itemForm") LetterForms.ItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		FeedbackCategory category = this.page.validateItem(form, result);
		if (result.hasErrors()) {
			return this.page.show(id, new LetterForms.TextForm(), form, user, model);
		}
		this.drafting.addItem(id, form.getArea(), form.getParagraphRef(), category, user);
		redirect.addFlashAttribute("flash", this.messages.get("letter.item.added"));
		return "redirect:/letters/" + id + "#items";
	}

	@GetMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/edit")
	String initItemForm(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LetterView letter = this.page.requireDraft(id, user);
		ItemView item = this.page.requireItem(letter, itemId);
		LetterForms.ItemForm form = new LetterForms.ItemForm();
		form.setArea(item.text());
		form.setParagraphRef(item.paragraphRef());
		form.setCategory(item.category().name());
		form.setVersion(String.valueOf(item.version()));
		model.addAttribute("form", form);
		return showForm(letter, item, model);
	}

	/**
	 * Saves the area the person opened: if someone changed it meanwhile, nothing is saved
	 * and the form comes back with their words shown and the person's still in the
	 * fields; if someone removed it, the person can add theirs as a new area.
	 */
	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/edit")
	String processItemForm(@PathVariable Long id, @PathVariable Long itemId,
			@ModelAttribute("form") LetterForms.ItemForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LetterView letter = this.page.requireDraft(id, user);
		Optional<ItemView> item = letter.items()
			.stream()
			.filter((candidate) -> candidate.id().equals(itemId))
			.findFirst();
		if (item.isEmpty()) {
			return showGone(letter, itemId, result, model);
		}
		FeedbackCategory category = this.page.validateItem(form, result);
		if (result.hasErrors()) {
			return showForm(letter, item.get(), model);
		}
		try {
			this.drafting.editItem(id, itemId, FieldRules.parseVersion(form.getVersion()), form.getArea(),
					form.getParagraphRef(), category, user);
		}
		catch (ItemChangedMeanwhileException ex) {
			if (ex.current().isEmpty()) {
				return showGone(letter, itemId, result, model);
			}
			ItemView theirs = ex.current().get();
			result.reject("letter.item.conflict");
			form.setVersion(String.valueOf(theirs.version()));
			model.addAttribute("theirs", theirs);
			return showForm(letter, theirs, model);
		}
		redirect.addFlashAttribute("flash", this.messages.get("letter.saved"));
		return "redirect:/letters/" + id + "#items";
	}

	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/remove")
	String removeItem(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(defaultValue = "") String version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.page.requireDraft(id, user);
		try {
			this.drafting.removeItem(id, itemId, FieldRules.parseVersion(version), user);
			redirect.addFlashAttribute("flash", this.messages.get("letter.item.removed"));
		}
		catch (ItemChangedMeanwhileException ex) {
			redirect.addFlashAttribute(ex.current().isPresent() ? "warning" : "flash", this.messages
				.get(ex.current().isPresent() ? "letter.item.removeConflict" : "letter.item.alreadyRemoved"));
		}
		return "redirect:/letters/" + id + "#items";
	}

	@PostMapping("/letters/{id:\\d+}/items/{itemId:\\d+}/move")
	String moveItem(@PathVariable Long id, @PathVariable Long itemId,
			@RequestParam(defaultValue = "down") String direction, @AuthenticationPrincipal SignedInUser user) {
		this.page.requireDraft(id, user);
		this.drafting.moveItem(id, itemId, "up".equals(direction) ? -1 : 1, user);
		return "redirect:/letters/" + id + "#items";
	}

	private String showGone(LetterView letter, Long itemId, BindingResult result, Model model) {
		result.reject("letter.item.gone");
		model.addAttribute("gone", true);
		model.addAttribute("letter", letter);
		model.addAttribute("itemId", itemId);
		model.addAttribute("categoryOptions", this.page.categoryOptions());
		return VIEW;
	}

	private String showForm(LetterView letter, ItemView item, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("item", item);
		model.addAttribute("itemId", item.id());
		model.addAttribute("categoryOptions", this.page.categoryOptions());
		return VIEW;
	}

}

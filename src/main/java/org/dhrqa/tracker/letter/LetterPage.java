package org.dhrqa.tracker.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.feedback.ItemView;
import org.dhrqa.tracker.shared.web.FieldRules;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.NotFoundException;
import org.dhrqa.tracker.shared.web.Option;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * The letter page, shared by the controllers that change a draft: they show it again with
 * their form's errors.
 */
@Component
class LetterPage {

	static final String VIEW = "letter/letter";

	static final int MAX_TEXT = 5000;

	private final Letters letters;

	private final Messages messages;

	LetterPage(Letters letters, Messages messages) {
		this.letters = letters;
		this.messages = messages;
	}

	String show(Long id, LetterForms.TextForm strengthForm, LetterForms.ItemForm itemForm, SignedInUser user,
			Model model) {
		LetterView letter = this.letters.requireVisible(id, user);
		boolean mayDraft = user.may(Permission.DRAFT_LETTERS);
		model.addAttribute("letter", letter);
		model.addAttribute("canDraft", letter.isDraft() && mayDraft);
		model.addAttribute("canCorrect", letter.status() == LetterStatus.ISSUED && mayDraft);
		model.addAttribute("strengthForm", strengthForm);
		model.addAttribute("itemForm", itemForm);
		for (var entry : Map.of("strengthForm", strengthForm, "itemForm", itemForm).entrySet()) {
			if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + entry.getKey())) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + entry.getKey(),
						new BeanPropertyBindingResult(entry.getValue(), entry.getKey()));
			}
		}
		model.addAttribute("categoryOptions", categoryOptions());
		return VIEW;
	}

	/** The letter, when it is a draft this person may change. */
	LetterView requireDraft(Long id, SignedInUser user) {
		LetterView letter = this.letters.requireVisible(id, user);
		user.require(Permission.DRAFT_LETTERS);
		if (!letter.isDraft()) {
			throw new LetterAlreadyIssuedException();
		}
		return letter;
	}

	ItemView requireItem(LetterView letter, Long itemId) {
		return letter.items()
			.stream()
			.filter((candidate) -> candidate.id().equals(itemId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	FeedbackCategory validateItem(LetterForms.ItemForm form, Errors errors) {
		FieldRules.required(errors, "area", form.getArea(), MAX_TEXT, "letter.item.required");
		FieldRules.maxLength(errors, "paragraphRef", form.getParagraphRef(), 50);
		FeedbackCategory category = Arrays.stream(FeedbackCategory.values())
			.filter((c) -> c.name().equals(form.getCategory()))
			.findFirst()
			.orElse(null);
		if (category == null) {
			errors.rejectValue("category", "letter.item.categoryRequired");
		}
		return category;
	}

	List<Option> outcomeOptions() {
		return Arrays.stream(Outcome.values())
			.map((o) -> new Option(o.name(), this.messages.get(o.messageKey())))
			.toList();
	}

	List<Option> categoryOptions() {
		return Arrays.stream(FeedbackCategory.values())
			.map((c) -> new Option(c.name(), this.messages.get(c.messageKey())))
			.toList();
	}

}

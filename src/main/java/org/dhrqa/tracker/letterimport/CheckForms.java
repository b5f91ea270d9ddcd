package org.dhrqa.tracker.letterimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.ImportForms.CheckForm;
import org.dhrqa.tracker.letterimport.ImportForms.ItemRow;
import org.dhrqa.tracker.letterimport.ImportForms.UnplacedRow;
import org.dhrqa.tracker.shared.web.DateParts;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The check page's form: filled from a draft, changed by the buttons beside each item
 * (move, remove, add, place), checked, and turned back into a draft. Saving checks only
 * what could not be kept (a date that is not a date, text too long); continuing checks
 * that the letter is complete.
 */
final class CheckForms {

	static final int MAX_ITEM = 10_000;

	static final int MAX_HEADING = 200;

	static final int MAX_PSEUDONYMS = 300;

	static final String CONTINUE = "continue";

	private CheckForms() {
	}

	static CheckForm of(LetterImport.Draft draft, long version) {
		CheckForm form = new CheckForm();
		form.setLetterDate(DateParts.of(draft.letterDate()));
		form.setMeetingDate(DateParts.of(draft.meetingDate()));
		form.setCsp((draft.cspId() != null) ? draft.cspId().toString() : "");
		form.setVictimPseudonyms(draft.victimPseudonyms());
		form.setOutcome((draft.outcome() != null) ? draft.outcome().name() : "");
		form.setHeading(draft.heading());
		form.setStrengths(String.join("\n\n", draft.strengths()));
		for (ImportItem item : draft.items()) {
			form.getItems()
				.add(new ItemRow(item.text(), item.sectionRef(),
						(item.category() != null) ? item.category().name() : FeedbackCategory.OTHER.name()));
		}
		draft.unplaced().forEach((text) -> form.getUnplaced().add(new UnplacedRow(text)));
		form.setVersion(String.valueOf(version));
		return form;
	}

	/**
	 * Carries out a button's action on the form: placing unplaced text where the person
	 * chose, then moving, removing or adding an item. Returns the item to show next (or
	 * -1).
	 */
	static int apply(CheckForm form) {
		List<UnplacedRow> left = new ArrayList<>();
		List<String> strengths = new ArrayList<>(form.strengthList());
		for (UnplacedRow row : form.getUnplaced()) {
			switch (row.getPlace()) {
				case UnplacedRow.ITEM -> form.getItems()
					.add(new ItemRow(row.getText(), SectionRefs.of(row.getText()),
							CategoryGuess.of(row.getText()).name()));
				case UnplacedRow.STRENGTH -> strengths.add(row.getText());
				case UnplacedRow.LEAVE_OUT -> {
				}
				default -> left.add(row);
			}
		}
		form.setUnplaced(left);
		form.setStrengths(String.join("\n\n", strengths));
		String[] action = form.getAction().split("-", 2);
		int index = (action.length == 2) ? parseIndex(action[1]) : -1;
		List<ItemRow> items = form.getItems();
		boolean valid = index >= 0 && index < items.size();
		switch (action[0]) {
			case "up" -> {
				if (valid && index > 0) {
					Collections.swap(items, index, index - 1);
					return index - 1;
				}
			}
			case "down" -> {
				if (valid && index < items.size() - 1) {
					Collections.swap(items, index, index + 1);
					return index + 1;
				}
			}
			case "remove" -> {
				if (valid) {
					items.remove(index);
					return Math.min(index, items.size() - 1);
				}
			}
			case "add" -> {
				items.add(new ItemRow("", "", FeedbackCategory.OTHER.name()));
				return items.size() - 1;
			}
			default -> {
			}
		}
		return index;
	}

	/**
	 * Checks the form; {@code complete} when the person is ready to go on, otherwise only
	 * what saving needs.
	 */
	static void validate(CheckForm form, Errors errors, boolean complete, boolean cspChosen, LocalDate today) {
		LocalDate letterDate = form.getLetterDate()
			.validate(errors, "letterDate", name("letterImport.name.letterDate"), complete, today);
		LocalDate meetingDate = form.getMeetingDate()
			.validate(errors, "meetingDate", name("letterImport.name.meetingDate"), complete, today);
		if (letterDate != null && meetingDate != null && meetingDate.isAfter(letterDate)) {
			errors.rejectValue("meetingDate", "letterImport.meetingDate.afterLetter");
		}
		if (complete && cspChosen && form.getCsp().isBlank()) {
			errors.rejectValue("csp", "letterImport.csp.required");
		}
		text(errors, "victimPseudonyms", form.getVictimPseudonyms(), complete, MAX_PSEUDONYMS);
		if (!form.getOutcome().isBlank() && outcome(form) == null) {
			errors.rejectValue("outcome", "letterImport.outcome.required");
		}
		else if (complete && form.getOutcome().isBlank()) {
			errors.rejectValue("outcome", "letterImport.outcome.required");
		}
		text(errors, "heading", form.getHeading(), false, MAX_HEADING);
		for (int i = 0; i < form.getItems().size(); i++) {
			ItemRow item = form.getItems().get(i);
			String field = "items[" + i + "]";
			if (complete && item.getText().isBlank()) {
				errors.rejectValue(field + ".text", "letterImport.item.required", new Object[] { i + 1 }, null);
			}
			else if (item.getText().length() > MAX_ITEM) {
				errors.rejectValue(field + ".text", "letterImport.tooLong", new Object[] { MAX_ITEM }, null);
			}
			if (item.getSectionRef().strip().length() > SectionRefs.MAX_LENGTH) {
				errors.rejectValue(field + ".sectionRef", "letterImport.tooLong",
						new Object[] { SectionRefs.MAX_LENGTH }, null);
			}
			if (category(item) == null) {
				errors.rejectValue(field + ".category", "letterImport.item.categoryInvalid", new Object[] { i + 1 },
						null);
			}
		}
		if (complete && form.getItems().isEmpty() && outcome(form) != null && outcome(form) != Outcome.APPROVED) {
			errors.reject("letterImport.items.required");
		}
		if (complete) {
			for (int i = 0; i < form.getUnplaced().size(); i++) {
				errors.rejectValue("unplaced[" + i + "].place", "letterImport.unplaced.required");
			}
		}
	}

	/** The form as a draft; call after {@link #validate} found nothing wrong. */
	static LetterImport.Draft draft(CheckForm form, Long cspId) {
		List<ImportItem> items = form.getItems()
			.stream()
			.map((row) -> new ImportItem(row.getText().strip(), blankToNull(row.getSectionRef()), category(row)))
			.toList();
		return new LetterImport.Draft(form.getLetterDate().isEmpty() ? null : form.getLetterDate().toDate(),
				form.getMeetingDate().isEmpty() ? null : form.getMeetingDate().toDate(), cspId,
				form.getVictimPseudonyms().strip(), outcome(form), blankToNull(form.getHeading()), form.strengthList(),
				items, form.getUnplaced().stream().map(UnplacedRow::getText).toList());
	}

	static Outcome outcome(CheckForm form) {
		return Arrays.stream(Outcome.values())
			.filter((outcome) -> outcome.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
	}

	private static FeedbackCategory category(ItemRow row) {
		return Arrays.stream(FeedbackCategory.values())
			.filter((category) -> category.name().equals(row.getCategory()))
			.findFirst()
			.orElse(null);
	}

	private static void text(Errors errors, String field, String value, boolean required, int max) {
		if (required && value.isBlank()) {
			errors.rejectValue(field, "letterImport." + field + ".required");
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "letterImport.tooLong", new Object[] { max }, null);
		}
	}

	private static int parseIndex(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static DefaultMessageSourceResolvable name(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}

package org.dhrqa.tracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.shared.web.DateParts;
import org.dhrqa.tracker.shared.web.Formats;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks the review form in three steps, each message saying what to do: each field on
 * its own (required, length, real dates not in the future), then the dates against each
 * other (nothing happens before the CSP was told of the death), then the database
 * (duplicate reference, in the service).
 */
@Component
class ReviewFormValidator {

	static final int MAX_REFERENCE = 50;

	static final int MAX_PSEUDONYMS = 300;

	/**
	 * Rows of other pseudonyms a form may send (the binder's own limit on growing lists
	 * is the shared default, as input checks for every form are bound first).
	 */
	static final int MAX_OTHER_PSEUDONYM_ROWS = 20;

	static final int MAX_NAME = 200;

	static final int MAX_URL = 500;

	private final Clock clock;

	private final Formats formats;

	ReviewFormValidator(Clock clock, Formats formats) {
		this.clock = clock;
		this.formats = formats;
	}

	void validate(ReviewForm form, Errors errors, boolean cspChosenByUser) {
		LocalDate today = LocalDate.now(this.clock);
		if (cspChosenByUser && form.cspId() == null) {
			errors.rejectValue("csp", "review.csp.required");
		}
		text(errors, "reference", form.getReference(), true, MAX_REFERENCE);
		text(errors, "victimPseudonyms", form.getVictimPseudonyms(), true, MAX_PSEUDONYMS);
		if (form.getOtherPseudonyms().size() > MAX_OTHER_PSEUDONYM_ROWS) {
			errors.reject("review.otherPseudonyms.tooMany", new Object[] { MAX_OTHER_PSEUDONYM_ROWS }, null);
			return;
		}
		for (int i = 0; i < form.getOtherPseudonyms().size(); i++) {
			ReviewForm.PseudonymRow row = form.getOtherPseudonyms().get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (row.getPseudonym().isBlank()) {
				errors.rejectValue("otherPseudonyms[" + i + "].pseudonym", "review.otherPseudonym.missing");
			}
			else if (row.getPseudonym().trim().length() > 100) {
				errors.rejectValue("otherPseudonyms[" + i + "].pseudonym", "review.tooLong", new Object[] { 100 },
						null);
			}
			if (row.getRole().isBlank()) {
				errors.rejectValue("otherPseudonyms[" + i + "].role", "review.otherPseudonymRole.missing");
			}
			else if (row.getRole().trim().length() > MAX_NAME) {
				errors.rejectValue("otherPseudonyms[" + i + "].role", "review.tooLong", new Object[] { MAX_NAME },
						null);
			}
		}
		if (Arrays.stream(ReviewType.values()).noneMatch((type) -> type.name().equals(form.getType()))) {
			errors.rejectValue("type", "review.type.required");
		}
		text(errors, "chairName", form.getChairName(), false, MAX_NAME);
		text(errors, "authorName", form.getAuthorName(), false, MAX_NAME);
		String url = form.getPublishedUrl().trim();
		if (!url.isEmpty() && (url.length() > MAX_URL || !url.matches("(?i)https?://[^\\s/$.?#][^\\s]*"))) {
			errors.rejectValue("publishedUrl", "review.publishedUrl.invalid");
		}

		YearMonth death = form.getDeath()
			.validateMonthYear(errors, "death", name("death"), false, YearMonth.from(today));
		LocalDate notified = date(form.getNotifiedOn(), errors, "notifiedOn", true, today);
		LocalDate decision = date(form.getDecisionOn(), errors, "decisionOn", false, today);
		LocalDate homeOffice = date(form.getHomeOfficeNotifiedOn(), errors, "homeOfficeNotifiedOn", false, today);
		LocalDate panelFirstMet = date(form.getPanelFirstMetOn(), errors, "panelFirstMetOn", false, today);
		LocalDate familyNotified = date(form.getFamilyNotifiedOn(), errors, "familyNotifiedOn", false, today);
		LocalDate submitted = date(form.getSubmittedToQaOn(), errors, "submittedToQaOn", false, today);
		LocalDate published = date(form.getPublishedOn(), errors, "publishedOn", false, today);

		if (death != null && notified != null && death.isAfter(YearMonth.from(notified))) {
			errors.rejectValue("death", "review.death.afterNotified", new Object[] { this.formats.date(notified) },
					null);
		}
		for (String field : List.of("decisionOn", "homeOfficeNotifiedOn", "panelFirstMetOn", "familyNotifiedOn",
				"submittedToQaOn")) {
			LocalDate value = switch (field) {
				case "decisionOn" -> decision;
				case "homeOfficeNotifiedOn" -> homeOffice;
				case "panelFirstMetOn" -> panelFirstMet;
				case "familyNotifiedOn" -> familyNotified;
				default -> submitted;
			};
			notBefore(errors, field, value, "notifiedOn", notified);
		}
		if (!errors.hasFieldErrors("submittedToQaOn")) {
			notBefore(errors, "submittedToQaOn", submitted, "panelFirstMetOn", panelFirstMet);
		}
		notBefore(errors, "publishedOn", published, "submittedToQaOn", submitted);
	}

	private void notBefore(Errors errors, String field, LocalDate value, String earlierField, LocalDate earlier) {
		if (value != null && earlier != null && value.isBefore(earlier) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "review.date.order",
					new Object[] { name(field), name(earlierField), this.formats.date(earlier) }, null);
		}
	}

	private LocalDate date(DateParts parts, Errors errors, String field, boolean required, LocalDate today) {
		return parts.validate(errors, field, name(field), required, today);
	}

	private static DefaultMessageSourceResolvable name(String field) {
		return new DefaultMessageSourceResolvable("review.name." + field);
	}

	private static void text(Errors errors, String field, String value, boolean required, int max) {
		if (required && (value == null || value.isBlank())) {
			errors.rejectValue(field, "review." + field + ".required");
		}
		else if (value != null && value.trim().length() > max) {
			errors.rejectValue(field, "review.tooLong", new Object[] { max }, null);
		}
	}

}

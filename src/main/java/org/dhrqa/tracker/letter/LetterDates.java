package org.dhrqa.tracker.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Letters date themselves the way the QA Panel's letters always have: "7th August 2024".
 */
final class LetterDates {

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private LetterDates() {
	}

	static String suffix(int day) {
		if (day >= 11 && day <= 13) {
			return "th";
		}
		return switch (day % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	static String ordinal(LocalDate date) {
		return date.getDayOfMonth() + suffix(date.getDayOfMonth()) + " " + MONTH_YEAR.format(date);
	}

	/** The day, its suffix and the rest, for a superscript suffix in the document. */
	static String[] parts(LocalDate date) {
		return new String[] { String.valueOf(date.getDayOfMonth()), suffix(date.getDayOfMonth()),
				MONTH_YEAR.format(date) };
	}

}

package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the way real action plans write them: 7/8/2024, 07-08-2024, 7 August 2024, 7th
 * Aug 2024, 2024-08-07 or Excel date cells; and "12 September 2024 – delivered" in the
 * completion column. A date outside the years a plan can mean is not a date.
 */
final class PlanDates {

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final Pattern LEADING_DATE = Pattern.compile(
			"^\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+\\s+\\d{4})\\s*[-–—:,;]?\\s*(.*)$",
			Pattern.DOTALL);

	private static final List<DateTimeFormatter> FORMATS = List.of(strict("d/M/uuuu"), strict("d/M/uu"),
			strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-MM-dd"), strict("d MMMM uuuu"), strict("d MMM uuuu"));

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * A completion cell read as its date (if it starts with one) and the outcome after
	 * it.
	 */
	record Completion(String dateText, String outcome) {

	}

	private PlanDates() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.UK)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	/** The date a cell holds, or null when it is not a real date of a plan. */
	static LocalDate parse(Object value) {
		if (value instanceof LocalDate date) {
			return sane(date);
		}
		String text = ((value == null) ? "" : value.toString().trim()).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
			.replaceAll("\\s+", " ");
		for (DateTimeFormatter format : FORMATS) {
			try {
				return sane(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return null;
	}

	/**
	 * Splits "12/09/2024 – delivered" into its date and outcome; null when no date leads.
	 */
	static Completion splitCompletion(String text) {
		Matcher leading = LEADING_DATE.matcher(text);
		if (!leading.matches()) {
			return null;
		}
		return new Completion(leading.group(1), leading.group(2).isBlank() ? null : leading.group(2).trim());
	}

	static String show(LocalDate date) {
		return (date != null) ? SHOWN.format(date) : "";
	}

	static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

	private static LocalDate sane(LocalDate date) {
		return inRange(date) ? date : null;
	}

}

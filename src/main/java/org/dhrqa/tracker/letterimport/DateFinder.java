package org.dhrqa.tracker.letterimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as letters write them: "7th August 2024", "7 Aug 2024", "Wednesday 19th June",
 * "August 7, 2024", "07/08/2024" (day first, as in the UK) and "2024-08-07". A date
 * without a year is kept as a day and month, for the caller to place.
 */
final class DateFinder {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?(?![\\w])", FLAGS);

	private static final Pattern MONTH_DAY = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\w])", FLAGS);

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|\\.\\d)");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private DateFinder() {
	}

	/** One date in the text: with its year when written, otherwise day and month only. */
	record Found(LocalDate date, MonthDay monthDay, int start, int end) {

		boolean hasYear() {
			return this.date != null;
		}

		/**
		 * The date, placed in the year that puts it on or before {@code latest} when the
		 * letter left the year out.
		 */
		LocalDate before(LocalDate latest) {
			if (this.date != null) {
				return this.date;
			}
			if (latest == null) {
				return null;
			}
			LocalDate sameYear = safe(latest.getYear(), this.monthDay.getMonthValue(), this.monthDay.getDayOfMonth());
			if (sameYear != null && !sameYear.isAfter(latest)) {
				return sameYear;
			}
			return safe(latest.getYear() - 1, this.monthDay.getMonthValue(), this.monthDay.getDayOfMonth());
		}

	}

	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		Matcher matcher = DAY_MONTH.matcher(text);
		while (matcher.find()) {
			add(found, matcher, matcher.group(1), matcher.group(2), matcher.group(3), 2);
		}
		matcher = MONTH_DAY.matcher(text);
		while (matcher.find()) {
			add(found, matcher, matcher.group(2), matcher.group(1), matcher.group(3), 1);
		}
		matcher = NUMERIC.matcher(text);
		while (matcher.find()) {
			int year = Integer.parseInt(matcher.group(4));
			if (matcher.group(2).equals(".") && matcher.group(4).length() != 4) {
				continue;
			}
			LocalDate date = safe((year < 100) ? 2000 + year : year, Integer.parseInt(matcher.group(3)),
					Integer.parseInt(matcher.group(1)));
			if (date != null) {
				found.add(new Found(date, MonthDay.from(date), matcher.start(), matcher.end()));
			}
		}
		matcher = ISO.matcher(text);
		while (matcher.find()) {
			LocalDate date = safe(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
			if (date != null) {
				found.add(new Found(date, MonthDay.from(date), matcher.start(), matcher.end()));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		List<Found> distinct = new ArrayList<>();
		for (Found date : found) {
			if (distinct.isEmpty() || date.start() >= distinct.get(distinct.size() - 1).end()) {
				distinct.add(date);
			}
		}
		return distinct;
	}

	private static void add(List<Found> found, Matcher matcher, String day, String month, String year, int monthGroup) {
		// "may" is a month only when written as one: "20 May", never "the DHR may be"
		if (month.equalsIgnoreCase("may") && !month.equals("May") && year == null) {
			return;
		}
		int monthValue = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.UK)) + 1;
		int dayValue = Integer.parseInt(day);
		if (year != null) {
			LocalDate date = safe(Integer.parseInt(year), monthValue, dayValue);
			if (date != null) {
				found.add(new Found(date, MonthDay.from(date), matcher.start(), matcher.end()));
			}
			return;
		}
		try {
			found.add(new Found(null, MonthDay.of(monthValue, dayValue), matcher.start(), matcher.end()));
		}
		catch (DateTimeException ex) {
			// not a day of that month: not a date
		}
	}

	private static LocalDate safe(int year, int month, int day) {
		try {
			return (year >= 1990 && year <= 2200) ? LocalDate.of(year, month, day) : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}

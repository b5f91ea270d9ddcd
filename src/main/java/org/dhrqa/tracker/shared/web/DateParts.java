package org.dhrqa.tracker.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.validation.Errors;

/**
 * What a person typed into a GOV.UK date input (day, month, year), kept as typed so a
 * rejected form shows it again. {@link #validate} applies the Design System's date rules
 * and error wording.
 */
public class DateParts {

	/** No date the service records is earlier: reviews began long after. */
	public static final int MIN_YEAR = 1990;

	/** Nor later: a year beyond is a typing slip (or a probe), not a plan. */
	public static final int MAX_YEAR = 2100;

	private String day = "";

	private String month = "";

	private String year = "";

	public DateParts() {
	}

	public static DateParts of(LocalDate date) {
		DateParts parts = new DateParts();
		if (date != null) {
			parts.day = String.valueOf(date.getDayOfMonth());
			parts.month = String.valueOf(date.getMonthValue());
			parts.year = String.valueOf(date.getYear());
		}
		return parts;
	}

	public static DateParts of(Integer month, Integer year) {
		DateParts parts = new DateParts();
		parts.month = (month != null) ? month.toString() : "";
		parts.year = (year != null) ? year.toString() : "";
		return parts;
	}

	public boolean isEmpty() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	/** The date, or null when it is empty or not a real date (validate first). */
	public LocalDate toDate() {
		try {
			return LocalDate.of(Integer.parseInt(this.year.trim()), Integer.parseInt(this.month.trim()),
					Integer.parseInt(this.day.trim()));
		}
		catch (NumberFormatException | DateTimeException | NullPointerException ex) {
			return null;
		}
	}

	public YearMonth toYearMonth() {
		try {
			return YearMonth.of(Integer.parseInt(this.year.trim()), Integer.parseInt(this.month.trim()));
		}
		catch (NumberFormatException | DateTimeException | NullPointerException ex) {
			return null;
		}
	}

	/**
	 * Checks a full date and rejects {@code field} with a message in words: which part is
	 * missing, not a real date, or in the future. {@code name} names the date in the
	 * message (a string or a message to resolve).
	 * @return the date when valid, otherwise null
	 */
	public LocalDate validate(Errors errors, String field, Object name, boolean required, LocalDate latest) {
		if (isEmpty()) {
			if (required) {
				errors.rejectValue(field, "date.required", new Object[] { name }, null);
			}
			return null;
		}
		String missing = blank(this.day) ? "day" : blank(this.month) ? "month" : blank(this.year) ? "year" : null;
		if (missing != null) {
			errors.rejectValue(field, "date.missing." + missing, new Object[] { name }, null);
			return null;
		}
		if (yearOutOfRange()) {
			errors.rejectValue(field, "date.yearRange",
					new Object[] { name, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR) }, null);
			return null;
		}
		LocalDate date = toDate();
		if (date == null || this.year.trim().length() != 4) {
			errors.rejectValue(field, "date.real", new Object[] { name }, null);
			return null;
		}
		if (latest != null && date.isAfter(latest)) {
			errors.rejectValue(field, "date.future", new Object[] { name }, null);
			return null;
		}
		return date;
	}

	/** The same for a month and year (no day), such as the month of a death. */
	public YearMonth validateMonthYear(Errors errors, String field, Object name, boolean required, YearMonth latest) {
		if (blank(this.month) && blank(this.year)) {
			if (required) {
				errors.rejectValue(field, "date.required", new Object[] { name }, null);
			}
			return null;
		}
		if (blank(this.year)) {
			errors.rejectValue(field, "date.missing.year", new Object[] { name }, null);
			return null;
		}
		if (blank(this.month)) {
			errors.rejectValue(field, "date.missing.month", new Object[] { name }, null);
			return null;
		}
		if (yearOutOfRange()) {
			errors.rejectValue(field, "date.yearRange",
					new Object[] { name, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR) }, null);
			return null;
		}
		YearMonth value = toYearMonth();
		if (value == null || this.year.trim().length() != 4) {
			errors.rejectValue(field, "date.realMonth", new Object[] { name }, null);
			return null;
		}
		if (latest != null && value.isAfter(latest)) {
			errors.rejectValue(field, "date.futureMonth", new Object[] { name }, null);
			return null;
		}
		return value;
	}

	/**
	 * A year that is a number but outside {@link #MIN_YEAR}..{@link #MAX_YEAR}, such as
	 * -001 (a date before Christ) or 99999.
	 */
	private boolean yearOutOfRange() {
		String typed = this.year.trim();
		if (!typed.matches("[+-]\\d+|\\d{4,}")) {
			// not a number, or too short to be a year: "must be a real date"
			return false;
		}
		try {
			int year = Integer.parseInt(typed);
			return year < MIN_YEAR || year > MAX_YEAR;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = (day != null) ? day : "";
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = (month != null) ? month : "";
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = (year != null) ? year : "";
	}

}

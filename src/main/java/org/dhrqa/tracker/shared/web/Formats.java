package org.dhrqa.tracker.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Formats used by every template, as the page variable {@code fmt} that
 * {@link PageVariables} adds to each page: dates as "7 August 2024" (GOV.UK style), times
 * as "7 August 2024 at 2:05pm", and ids derived from field paths. Not a named bean: a
 * template that wrote {@code @fmt} would stop SpEL compiling its expression (decision
 * 27).
 */
@Component
public class Formats implements PageVariable {

	@Override
	public String variableName() {
		return "fmt";
	}

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** The UK day of an instant, as "7 August 2024". */
	public String dateOf(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(UK)) : "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		var local = instant.atZone(UK);
		return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
	}

	public String monthYear(Integer month, Integer year) {
		if (year == null) {
			return "";
		}
		if (month == null) {
			return String.valueOf(year);
		}
		return Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year;
	}

	public String monthYear(YearMonth yearMonth) {
		return (yearMonth != null) ? monthYear(yearMonth.getMonthValue(), yearMonth.getYear()) : "";
	}

	/** "pseudonyms[0].name" becomes "pseudonyms-0-name": a valid, stable element id. */
	public String fieldId(String fieldPath) {
		return fieldPath.replace("[", "-").replace("]", "").replace('.', '-');
	}

}

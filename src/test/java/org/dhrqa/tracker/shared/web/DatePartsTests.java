package org.dhrqa.tracker.shared.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class DatePartsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	public static class Holder {

		private DateParts date = new DateParts();

		public DateParts getDate() {
			return this.date;
		}

	}

	private static String check(String day, String month, String year, boolean required) {
		Holder holder = new Holder();
		holder.date.setDay(day);
		holder.date.setMonth(month);
		holder.date.setYear(year);
		Errors errors = new BeanPropertyBindingResult(holder, "holder");
		holder.date.validate(errors, "date", "date", required, TODAY);
		return errors.hasErrors() ? errors.getFieldError("date").getCode() : null;
	}

	@Test
	void appliesTheGovukDateRules() {
		assertThat(check("", "", "", false)).isNull();
		assertThat(check("", "", "", true)).isEqualTo("date.required");
		assertThat(check("", "8", "2024", false)).isEqualTo("date.missing.day");
		assertThat(check("7", "", "2024", false)).isEqualTo("date.missing.month");
		assertThat(check("7", "8", "", false)).isEqualTo("date.missing.year");
		assertThat(check("31", "2", "2024", false)).isEqualTo("date.real");
		assertThat(check("7", "8", "24", false)).isEqualTo("date.real");
		assertThat(check("seven", "8", "2024", false)).isEqualTo("date.real");
		assertThat(check("30", "11", "2026", false)).isEqualTo("date.future");
		assertThat(check("29", "11", "2026", false)).isNull();
		assertThat(check(" 7 ", "08", "2024", false)).isNull();
	}

	@Test
	void refusesYearsOutsideTheServicesRange() {
		assertThat(check("7", "8", "-001", false)).isEqualTo("date.yearRange");
		assertThat(check("7", "8", "99999", false)).isEqualTo("date.yearRange");
		assertThat(check("7", "8", "1989", false)).isEqualTo("date.yearRange");
		assertThat(check("7", "8", "2101", false)).isEqualTo("date.yearRange");
		assertThat(check("7", "8", "99999999999999999999", false)).isEqualTo("date.yearRange");
		assertThat(check("7", "8", "1990", false)).isNull();
		assertThat(monthYear("8", "-001")).isEqualTo("date.yearRange");
		assertThat(monthYear("8", "2101")).isEqualTo("date.yearRange");
		assertThat(monthYear("8", "2024")).isNull();
	}

	private static String monthYear(String month, String year) {
		Holder holder = new Holder();
		holder.date.setMonth(month);
		holder.date.setYear(year);
		Errors errors = new BeanPropertyBindingResult(holder, "holder");
		holder.date.validateMonthYear(errors, "date", "date", false, YearMonth.of(2026, 11));
		return errors.hasErrors() ? errors.getFieldError("date").getCode() : null;
	}

	@Test
	void readsTheDateBack() {
		DateParts parts = DateParts.of(LocalDate.of(2024, 8, 7));
		assertThat(parts.getDay()).isEqualTo("7");
		assertThat(parts.toDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(DateParts.of(3, 2021).toYearMonth()).isEqualTo(YearMonth.of(2021, 3));
	}

}

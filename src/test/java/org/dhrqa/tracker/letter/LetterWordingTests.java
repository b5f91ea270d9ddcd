package org.dhrqa.tracker.letter;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterWordingTests {

	@Test
	void datesLettersTheWayThePanelDoes() {
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 8, 7))).isEqualTo("7th August 2024");
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 6, 1))).isEqualTo("1st June 2024");
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 6, 22))).isEqualTo("22nd June 2024");
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 6, 23))).isEqualTo("23rd June 2024");
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 6, 11))).isEqualTo("11th June 2024");
		assertThat(LetterDates.ordinal(LocalDate.of(2024, 6, 13))).isEqualTo("13th June 2024");
	}

	@Test
	void addressesPeopleByTheirFirstName() {
		assertThat(LetterRenderer.firstName("Cllr Clair Bell")).isEqualTo("Clair");
		assertThat(LetterRenderer.firstName("Dr. Helen Marsh")).isEqualTo("Helen");
		assertThat(LetterRenderer.firstName("Paul Hughes")).isEqualTo("Paul");
		assertThat(LetterRenderer.firstName(null)).isEqualTo("Sir or Madam");
	}

	@Test
	void splitsParagraphsOnBlankLines() {
		assertThat(LetterDocument.paragraphs("One\nstill one.\n\nTwo.\n \nThree.")).containsExactly("One still one.",
				"Two.", "Three.");
		assertThat(LetterDocument.lines("A\n\nB\n")).containsExactly("A", "B");
	}

}

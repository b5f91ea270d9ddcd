package org.dhrqa.tracker.letterimport;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dhrqa.tracker.feedback.FeedbackCategory;
import org.dhrqa.tracker.letter.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser's parts on their own: dates, references, outcomes, names, markers, text. */
class LetterPartsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			7th August 2024          | 2024-08-07
			7 Aug 2024               | 2024-08-07
			Wednesday 19th of June 2024 | 2024-06-19
			August 7, 2024           | 2024-08-07
			07/08/2024               | 2024-08-07
			7.8.2024                 | 2024-08-07
			2024-08-07               | 2024-08-07
			7 th August 2024         | 2024-08-07
			""")
	void readsDatesAsLettersWriteThem(String written, LocalDate expected) {
		assertThat(DateFinder.find("Dated " + written + ".")).first()
			.extracting((found) -> found.before(null))
			.isEqualTo(expected);
	}

	@Test
	void placesADateWithoutAYearOnOrBeforeTheLetter() {
		DateFinder.Found december = DateFinder.find("the meeting on 11th December").get(0);
		assertThat(december.hasYear()).isFalse();
		assertThat(december.before(LocalDate.of(2025, 1, 14))).isEqualTo(LocalDate.of(2024, 12, 11));
		assertThat(december.before(LocalDate.of(2025, 12, 20))).isEqualTo(LocalDate.of(2025, 12, 11));
	}

	@Test
	void mayIsAMonthOnlyWhenWrittenAsOne() {
		assertThat(DateFinder.find("the DHR may be published")).isEmpty();
		assertThat(DateFinder.find("on 14 May")).hasSize(1);
		assertThat(DateFinder.find("paragraph 16.2.7 and 1.4.23")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			In 16.2.7 Ahmed is referred to by another name.              | 16.2.7
			At 1.6 the date is wrong.                                     | 1.6
			The report should expand paragraph 4.3.                       | 4.3
			See paras 5.1–5.4 on the police response.                      | 5.1-5.4
			Paragraphs 2.1 to 2.9 repeat the chronology.                   | 2.1-2.9
			Paragraphs 2.3, 2.5 and 4.1 name the school.                   | 2.3
			Section 9 should be shorter.                                   | 9
			The family's views (see 12.4) should be recorded.              | 12.4
			The timeline is unclear (e.g. 7.2).                            | 7.2
			as set out at 7.2 of the terms of reference                    | 7.2
			She was 74 years old in 2021.                                  | none
			Recommendation 4 and term 4 on page 23 are unclear.             | none
			The offence under section 76 of the Serious Crime Act 2015.    | none
			The file was 20.5 MB.                                          | none
			The report was considered on 19.06.2024.                        | none
			""")
	void findsTheFirstParagraphReference(String text, String expected) {
		assertThat(SectionRefs.of(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					The Home Office is content that on completion of these changes, the DHR may be published. | APPROVED_SUBJECT_TO_CHANGES
					The Panel approved the report, subject to the following amendments.                      | APPROVED_SUBJECT_TO_CHANGES
					The report can be published once the amendments below have been made.                    | APPROVED_SUBJECT_TO_CHANGES
					The Home Office is content that the DHR may be published.                                 | APPROVED
					The Panel approved the report for publication.                                            | APPROVED
					The Panel would like the report to be resubmitted.                                        | RESUBMIT
					The Panel would like to review it again before it can be approved for publication.        | RESUBMIT
					The report requires substantial revision.                                                 | RESUBMIT
					The Panel was not able to approve the report.                                             | RESUBMIT
					The revised report will be considered at a future Panel meeting.                          | RESUBMIT
					There is no need to resubmit the report; it may be published once these changes are made.  | APPROVED_SUBJECT_TO_CHANGES
					""")
	void readsTheOutcome(String sentence, Outcome expected) {
		assertThat(OutcomeFinder.decide(List.of(sentence), 0)).isEqualTo(expected);
	}

	@Test
	void aLiveDocumentSubjectToChangeIsNoCondition() {
		assertThat(
				OutcomeFinder.decide(
						List.of("The action plan is a live document and subject to change as "
								+ "outcomes are delivered. The Home Office is content that the DHR may be published."),
						0))
			.isEqualTo(Outcome.APPROVED);
	}

	@Test
	void withNoWordsOnTheOutcomeTheItemsDecide() {
		assertThat(OutcomeFinder.decide(List.of("Thank you for the report."), 3))
			.isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(OutcomeFinder.decide(List.of("Thank you for the report."), 0)).isEqualTo(Outcome.APPROVED);
	}

	@Test
	void namesTheCspAsTheOpeningWritesIt() {
		assertThat(NameFinder.csp(List.of("Thank you for submitting DHR Karen for Safer Derbyshire to the Home Office "
				+ "Quality Assurance (QA) Panel.")))
			.isEqualTo("Safer Derbyshire");
		assertThat(NameFinder.csp(List.of("Thank you for submitting the report (Salome) for Kent & Medway Community "
				+ "Safety Partnership (CSP) to the Home Office Quality Assurance (QA) Panel.")))
			.isEqualTo("Kent & Medway Community Safety Partnership");
		assertThat(NameFinder.csp(List.of("The review was commissioned by the Safer Stockport Partnership in 2022.")))
			.isEqualTo("Safer Stockport Partnership");
	}

	@Test
	void findsThePseudonymsInTheirWrittenForms() {
		assertThat(pseudonyms("Thank you for submitting the DHR report (\u2018Jasmine\u2019) for Safer Leeds to the "
				+ "Home Office"))
			.containsExactly("Jasmine");
		assertThat(pseudonyms("Thank you for submitting the Domestic Homicide Review (DHR) concerning Adult A for "
				+ "the Safer Stockport Partnership to the Home Office"))
			.containsExactly("Adult A");
		assertThat(pseudonyms("Thank you for submitting the review into the deaths of Anna and Tom for Surrey "
				+ "Community Safety Partnership to the Home Office"))
			.containsExactly("Anna", "Tom");
		assertThat(pseudonyms("Thank you for submitting the DHR into the death of Mr B for Wirral Community Safety "
				+ "Partnership to the Home Office"))
			.containsExactly("Mr B");
		assertThat(pseudonyms("Thank you for submitting DHR Ruth for Safer Plymouth to the Home Office"))
			.containsExactly("Ruth");
	}

	private static List<String> pseudonyms(String opening) {
		return NameFinder.pseudonyms(List.of(opening), List.of());
	}

	@Test
	void recognisesListMarkersAndTheirStyles() {
		assertThat(ListMarker.of("1. Text").style()).isEqualTo("1.");
		assertThat(ListMarker.of("(b) Text").kind()).isEqualTo(ListMarker.Kind.LETTER);
		assertThat(ListMarker.of("iv. Text").kind()).isEqualTo(ListMarker.Kind.ROMAN);
		assertThat(ListMarker.of("\uF0B7 Text").kind()).isEqualTo(ListMarker.Kind.BULLET);
		assertThat(ListMarker.of("o Text").kind()).isEqualTo(ListMarker.Kind.BULLET);
		assertThat(ListMarker.of("16.2.7 Ahmed is named")).isNull();
		assertThat(ListMarker.of("20 MB in size")).isNull();
		assertThat(ListMarker.of("e.g. the GP")).isNull();
		assertThat(ListMarker.of("i. Text").asLetter().kind()).isEqualTo(ListMarker.Kind.LETTER);
	}

	@Test
	void cleansTheQuirksOfRealFiles() {
		List<String> lines = TextCleaner.lines("Caf\u00E2\u20AC\u2122s\r\nA\u00A0B\u200B\r\n7<sup>th</sup> &amp; "
				+ "<u>DHR@x.org</u>\r\n## Areas:\r\n**Bold**");
		assertThat(lines).containsExactly("Caf\u2019s", "A B", "7th & DHR@x.org", "Areas:", "Bold");
	}

	@Test
	void undoesHyphenationButKeepsRealHyphens() {
		assertThat(TextCleaner.joinHyphenated(List.of("the recom-", "mendations were", "a multi-", "agency panel")))
			.containsExactly("the recommendations", "were", "a multi-agency", "panel");
		assertThat(TextCleaner
			.joinHyphenated(List.of("a well-known fact about the inter-", "agency panel", "and interagency work")))
			.startsWith("a well-known fact about the interagency");
		assertThat(TextCleaner.joinHyphenated(List.of("the follow-", "up meeting and her ex-", "partner's face-",
				"to-face contact without inde-", "pendent challenge")))
			.containsExactly("the follow-up", "meeting and her ex-partner's", "face-to-face",
					"contact without independent", "challenge");
	}

	@Test
	void guessesACategoryFromTheWords() {
		assertThat(CategoryGuess.of("In 16.2.7 Ahmed is referred to by another name."))
			.isEqualTo(FeedbackCategory.PSEUDONYM_OR_ANONYMISATION);
		assertThat(CategoryGuess.of("The report would benefit from a thorough proofread."))
			.isEqualTo(FeedbackCategory.PROOFREADING);
		assertThat(CategoryGuess.of("Something else entirely.")).isEqualTo(FeedbackCategory.OTHER);
	}

}

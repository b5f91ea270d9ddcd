package org.dhrqa.tracker.letterimport;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.ParsedLetter.ParsedItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters written for these tests in shapes the corpus does not have: other wordings of
 * each outcome, numbered lists nested by marker style alone, lists split by group labels,
 * letters with no heading, and pasted fragments with no letter around them.
 */
class LetterParserTests {

	static final String PUBLICATION = """
			Once completed the Home Office would be grateful if you could provide us with a digital copy of the
			revised final version of the report with all finalised attachments and appendices and the weblink to
			the site where the report will be published. Please ensure this letter is published alongside the report.

			Please send the digital copy and weblink to DHREnquiries@homeoffice.gov.uk.

			On behalf of the QA Panel, I would like to thank you and the review panel for your work.

			Yours sincerely,

			Home Office DHR Quality Assurance Panel
			""";

	private final LetterParser parser = new LetterParser(List.of("Safer Wolverhampton Partnership"));

	private ParsedLetter parse(String text) {
		return this.parser.parse(text, null);
	}

	private static List<String> texts(ParsedLetter letter) {
		return letter.items().stream().map(ParsedItem::text).toList();
	}

	@Test
	void numbersWithLettersBeneathAtTheSameIndentBelongToTheirParent() {
		ParsedLetter letter = parse("""
				12 March 2025

				Dear Ms Patel,

				Thank you for submitting the DHR report (Beatrice) for Safer Wolverhampton Partnership to the
				Home Office Quality Assurance (QA) Panel. The report was considered at the QA Panel meeting on
				5 February.

				The QA Panel felt that there are some aspects of the report which may benefit from further
				revision, but the Home Office is content that on completion of these changes, the DHR may be
				published.

				The Panel asks that the following changes are made:
				1. The chronology should be revised so that it:
				a) starts in 2015, when Beatrice first reported abuse to her GP;
				b) includes the contact with the housing association.
				2. Paragraph 3.4 names the perpetrator's workplace, which should be removed.
				3. The action plan should have target dates for every action.

				""" + PUBLICATION);
		assertThat(letter.meetingDate()).isEqualTo(LocalDate.of(2025, 2, 5));
		assertThat(letter.heading()).isEqualTo("The Panel asks that the following changes are made:");
		assertThat(texts(letter)).containsExactly(
				"The chronology should be revised so that it: starts in 2015, when Beatrice first reported abuse to "
						+ "her GP; includes the contact with the housing association.",
				"Paragraph 3.4 names the perpetrator's workplace, which should be removed.",
				"The action plan should have target dates for every action.");
		assertThat(letter.items().get(1).sectionRef()).isEqualTo("3.4");
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
	}

	@Test
	void groupLabelsGiveOneItemPerPointAndAreNotItemsThemselves() {
		ParsedLetter letter = parse("""
				Dear Chair,

				Thank you for submitting the DHR report (Kofi) for Hackney Community Safety Partnership to the
				Home Office Quality Assurance (QA) Panel, which considered it on 9 October 2024.

				The Panel felt that the report requires significant further work and would like to see it again
				before it is published.

				Required changes:

				Structure
				  - The executive summary should be a standalone document.
				  - The report needs a glossary.
				Analysis
				  - At 7.3 the report should explore why the GP did not ask about abuse.

				""" + PUBLICATION);
		assertThat(letter.outcome()).isEqualTo(Outcome.RESUBMIT);
		assertThat(letter.heading()).isEqualTo("Required changes:");
		assertThat(texts(letter)).containsExactly("The executive summary should be a standalone document.",
				"The report needs a glossary.", "At 7.3 the report should explore why the GP did not ask about abuse.");
		assertThat(letter.items().get(2).sectionRef()).isEqualTo("7.3");
	}

	@Test
	void wrappedItemsJoinTheirLinesAndUndoHyphenation() {
		ParsedLetter letter = parse("""
				Dear Councillor Ahmed,

				Thank you for submitting the Domestic Homicide Review (DHR) report (Tariq) for Luton Community
				Safety Partnership (CSP) to the Home Office Quality Assurance (QA) Panel. The report was
				considered at the QA Panel meeting on 15th January 2025.

				The QA Panel felt that there are some aspects of the report which may benefit from further
				revision, but the Home Office is content that on completion of these changes, the DHR may be
				published.

				Areas for final development:

				- The report would benefit from a clearer account of the multi-
				  agency risk assessment conference and of how its recom-
				  mendations were followed up.
				- In paras 4.1–4.5 the victim is referred to by his real name.

				""" + PUBLICATION);
		assertThat(texts(letter)).containsExactly(
				"The report would benefit from a clearer account of the multi-agency risk assessment conference and "
						+ "of how its recommendations were followed up.",
				"In paras 4.1–4.5 the victim is referred to by his real name.");
		assertThat(letter.items().get(1).sectionRef()).isEqualTo("4.1-4.5");
		assertThat(letter.csp()).isEqualTo("Luton Community Safety Partnership");
	}

	@Test
	void aLetterWithoutAHeadingTakesThePointsAfterTheOutcome() {
		ParsedLetter letter = parse("""
				Dear Mr Jones,

				Thank you for submitting DHR Megan for Safer Swansea Partnership to the Home Office Quality
				Assurance (QA) Panel. The report was considered at the QA Panel meeting on 3 July 2024.

				The Panel would like the report to be resubmitted once the following points have been addressed.

				The terms of reference should explain why the review did not consider Megan's time at university.

				The report should include the views of Megan's sister, who asked to contribute.

				""" + PUBLICATION);
		assertThat(letter.outcome()).isEqualTo(Outcome.RESUBMIT);
		assertThat(letter.heading()).isNull();
		assertThat(texts(letter)).containsExactly(
				"The terms of reference should explain why the review did not consider Megan's time at university.",
				"The report should include the views of Megan's sister, who asked to contribute.");
		assertThat(letter.victimPseudonyms()).containsExactly("Megan");
	}

	@Test
	void aPointAboutPublicationInAListOfParagraphsIsStillAPoint() {
		ParsedLetter letter = parse("""
				Dear Chair,

				Thank you for submitting the DHR report (Orla) for Safer Wolverhampton Partnership to the Home Office
				Quality Assurance (QA) Panel.

				The QA Panel felt that there are some aspects of the report which may benefit from further revision,
				but the Home Office is content that on completion of these changes, the DHR may be published.

				Areas for final development

				The report should not be published until Orla's family has seen the final version, and its publication
				should be planned with them.

				The executive summary should be a separate document.

				Please send a copy of the final report to the Home Office once it has been published on your website.

				Yours sincerely,
				QA Panel secretariat
				""");
		assertThat(texts(letter)).containsExactly(
				"The report should not be published until Orla's family has seen the final version, and its "
						+ "publication should be planned with them.",
				"The executive summary should be a separate document.");
	}

	@Test
	void anApprovedLetterWithNoListHasNoItemsAndNothingUnplaced() {
		ParsedLetter letter = parse("""
				Dear Ms Clarke,

				Thank you for submitting the DHR report (Ivy) for Safer Wolverhampton Partnership to the Home Office
				Quality Assurance (QA) Panel. The report was considered at the QA Panel meeting on 6 March 2024.

				The QA Panel found this to be a compassionate and well-evidenced report. The Home Office is content
				that the DHR may be published.

				""" + PUBLICATION);
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED);
		assertThat(letter.items()).isEmpty();
		assertThat(letter.unplaced()).isEmpty();
	}

	@Test
	void sayingThereIsNoNeedToResubmitIsNotAskingToResubmit() {
		ParsedLetter letter = parse("""
				Dear Chair,

				Thank you for submitting the DHR report (Leo) for Safer Wolverhampton Partnership to the Home Office
				Quality Assurance (QA) Panel.

				There is no need to resubmit the report to the Panel. Once the amendments below have been made, the
				report may be published.

				Amendments:
				- Add the month of death to the front page.

				""" + PUBLICATION);
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(texts(letter)).containsExactly("Add the month of death to the front page.");
	}

	@Test
	void strengthsAndPublicationStepsAreNeverItems() {
		ParsedLetter letter = parse("""
				Dear Ms Okoro,

				Thank you for submitting the DHR report (Grace) for Safer Wolverhampton Partnership to the Home
				Office Quality Assurance (QA) Panel.

				The Panel noted these strengths:
				• the review listened carefully to Grace's children;
				• the analysis of the police response is detailed and honest.

				Subject to the amendments below, the Home Office is content for the report to be published.

				Amendments required:
				• Section 2 should set out the review's terms of reference in full.

				Next steps:
				• Convert the report, executive summary and action plan into one PDF under 20 MB.
				• Send a digital copy and the weblink to DHREnquiries@homeoffice.gov.uk.

				Yours sincerely,
				QA Panel secretariat
				""");
		assertThat(texts(letter)).containsExactly("Section 2 should set out the review's terms of reference in full.");
		assertThat(letter.items().get(0).sectionRef()).isEqualTo("2");
		assertThat(letter.strengths()).hasSize(3);
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
	}

	@Test
	void whatCannotBePlacedIsKeptForAPersonToPlace() {
		ParsedLetter letter = parse("""
				Dear Chair,

				Thank you for submitting the DHR report (Ava) for Safer Wolverhampton Partnership to the Home Office
				Quality Assurance (QA) Panel.

				The QA Panel felt that there are some aspects of the report which may benefit from further revision,
				but the Home Office is content that on completion of these changes, the DHR may be published.

				Areas for final development:
				- The report should name the agencies that took part.

				The Panel also discussed the wider learning for the region and will write separately to the
				regional lead about it.

				""" + PUBLICATION);
		assertThat(texts(letter)).containsExactly("The report should name the agencies that took part.");
		assertThat(letter.unplaced()).containsExactly("The Panel also discussed the wider learning for the region "
				+ "and will write separately to the regional lead about it.");
	}

	@Test
	void aPastedListAloneStillGivesItsItems() {
		ParsedLetter letter = parse("""
				1) The front page should give the month and year of death.
				2) At 3.2 the perpetrator is named.
				""");
		assertThat(texts(letter)).containsExactly("The front page should give the month and year of death.",
				"At 3.2 the perpetrator is named.");
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(letter.letterDate()).isNull();
	}

	@Test
	void repeatedPageHeadersAndFootersAreRemovedAndTheItemRunsOn() {
		ParsedLetter letter = parse("""
				OFFICIAL

				Dear Chair,

				Thank you for submitting the DHR report (Nia) for Safer Wolverhampton Partnership to the Home
				Office Quality Assurance (QA) Panel.

				The QA Panel felt that there are some aspects of the report which may benefit from further
				revision, but the Home Office is content that on completion of these changes, the DHR may be
				published.

				Areas for final development:

				  ▪ The report should explain why the probation service was not asked for an individual
				Page 1 of 2
				\fOFFICIAL
				    management review.
				  ▪ The report should be proofread.

				""" + PUBLICATION + "\nPage 2 of 2\n");
		assertThat(texts(letter)).containsExactly(
				"The report should explain why the probation service was not asked for an individual management "
						+ "review.",
				"The report should be proofread.");
	}

	@Test
	void headersAndFootersPastedBetweenLinesWithoutPageBreaksAreRemovedToo() {
		ParsedLetter letter = parse("""
				Dear Chair,
				Thank you for submitting the DHR report (Nia) for Safer Wolverhampton Partnership to the Home
				Office Quality Assurance (QA) Panel.
				The QA Panel felt that there are some aspects of the report which may benefit from further
				revision, but the Home Office is content that on completion of these changes, the DHR may be
				published.
				Areas for final development:
				- The report should explain why the probation service was not asked to contribute an
				Home Office DHR QA Panel
				Page 1 of 2
				OFFICIAL
				Home Office DHR QA Panel
				individual management review.
				- The report should be proofread.
				Page 2 of 2
				""" + PUBLICATION);
		assertThat(texts(letter)).containsExactly(
				"The report should explain why the probation service was not asked to contribute an individual "
						+ "management review.",
				"The report should be proofread.");
	}

	@Test
	void carriageReturnsAndNonBreakingSpacesAreOrdinaryText() {
		ParsedLetter letter = parse("Dear Chair,\r\rThank you for submitting the DHR report (Zoe) for Safer "
				+ "Wolverhampton Partnership to the Home Office Quality Assurance (QA) Panel. The report was considered "
				+ "at the QA Panel meeting on 4\u00A0September\u00A02024.\r\rAreas for development:\r\r\u2022\tIn\u00A05.2 "
				+ "the date is wrong.\r\u2022\tThe report should be proofread.\r\r" + PUBLICATION.replace("\n", "\r"));
		assertThat(letter.meetingDate()).isEqualTo(LocalDate.of(2024, 9, 4));
		assertThat(texts(letter)).containsExactly("In 5.2 the date is wrong.", "The report should be proofread.");
		assertThat(letter.items().get(0).sectionRef()).isEqualTo("5.2");
	}

	@Test
	void anItemWrappedWithAHangingIndentEndsWhereTheTextComesBackOut() {
		ParsedLetter letter = parse("""
				Dear Chair,

				Thank you for submitting the DHR report (Esme) for Safer Wolverhampton Partnership to the Home
				Office Quality Assurance (QA) Panel.

				Areas for final development:
				  1. The report should explain why the GP practice was not asked to contribute to the
				     review, and what difference its records might have made to the analysis.
				  2. The chronology needs the dates of the two police call-outs in 2021 and the
				     outcome of each one.
				The Home Office is content that, once these changes have been made, the DHR may be published.
				Thank you for your work on this review.

				Kind regards,
				QA Panel secretariat
				""");
		assertThat(texts(letter)).containsExactly(
				"The report should explain why the GP practice was not asked to contribute to the review, and what "
						+ "difference its records might have made to the analysis.",
				"The chronology needs the dates of the two police call-outs in 2021 and the outcome of each one.");
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(letter.unplaced()).isEmpty();
	}

	@Test
	void aSubjectLineGivesThePseudonymWhenTheOpeningDoesNot() {
		ParsedLetter letter = parse("""
				Re: Domestic Homicide Review into the death of Niamh (Anytown Community Safety Partnership)

				Dear Chair,

				The QA Panel met on 3 July 2024 and considered the review. The Home Office is content that the
				DHR may be published.

				Thank you for your work.

				Home Office DHR Quality Assurance Panel
				""");
		assertThat(letter.victimPseudonyms()).containsExactly("Niamh");
		assertThat(letter.meetingDate()).isEqualTo(LocalDate.of(2024, 7, 3));
		assertThat(letter.unplaced()).as("a signature after the thanks is the sign-off").isEmpty();
	}

	@Test
	void aLetterTheParserCannotFollowKeepsEveryParagraphUnplaced() {
		ParsedLetter letter = parse("""
				Notes from the call with the secretariat.

				We discussed the timetable for the review and agreed to meet again next month.
				""");
		assertThat(letter.items()).isEmpty();
		assertThat(letter.unplaced()).hasSize(2);
	}

}

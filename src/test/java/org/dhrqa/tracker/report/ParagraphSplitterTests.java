package org.dhrqa.tracker.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The splitter on lines as PDFBox gives them, page by page. */
class ParagraphSplitterTests {

	private static final String FULL = "The review panel met eight times between June 2021 and March 2024 to consider";

	@Test
	void numberedParagraphsHeadingsAndFrontMatterInOrder() {
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(List
			.of(List.of("Domestic Homicide Review", "Overview report into the death of Salome", "1. Introduction",
					"1.1 This report examines how agencies responded to Salome, a resident of Kent, before",
					"her death in March 2021.", "1.2 The review began on 14 April 2021.", "2. Timescales",
					"2.1 The panel first met on 10 June 2021.")));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::title, ReportParagraph::text)
			.containsExactly(tuple("", null, "Domestic Homicide Review Overview report into the death of Salome"),
					tuple("1", "Introduction", ""),
					tuple("1.1", null,
							"This report examines how agencies responded to Salome, a resident of Kent, before her "
									+ "death in March 2021."),
					tuple("1.2", null, "The review began on 14 April 2021."), tuple("2", "Timescales", ""),
					tuple("2.1", null, "The panel first met on 10 June 2021."));
	}

	@Test
	void runningHeadersFootersAndPageNumbersGoAndAParagraphContinuesOverThePage() {
		List<String> page1 = List.of("OFFICIAL-SENSITIVE", "Salome: Overview Report", "3. The review panel",
				"3.1 " + FULL, "the information provided by each agency and to agree the");
		List<String> page2 = List.of("OFFICIAL-SENSITIVE", "Salome: Overview Report", "recommendations of this report.",
				"3.2 The panel thanks the family.", "Kent & Medway CSP", "Page 2 of 4");
		List<String> page3 = List.of("OFFICIAL-SENSITIVE", "Salome: Overview Report", "3.3 Nothing else.",
				"Kent & Medway CSP", "Page 3 of 4");
		List<String> page4 = List.of("OFFICIAL-SENSITIVE", "Salome: Overview Report", "3.4 The end.",
				"Kent & Medway CSP", "Page 4 of 4");
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(List.of(page1, page2, page3, page4));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::text, ReportParagraph::page)
			.containsExactly(tuple("3", "", 1),
					tuple("3.1",
							FULL + " the information provided by each agency and to agree the recommendations of "
									+ "this report.",
							1),
					tuple("3.2", "The panel thanks the family.", 2), tuple("3.3", "Nothing else.", 3),
					tuple("3.4", "The end.", 4));
	}

	@Test
	void theContentsIsNotMistakenForParagraphs() {
		List<String> cover = List.of("Salome", "Overview report");
		List<String> contents = List.of("Contents", "1. Introduction .................... 3",
				"2. Timescales . . . . . . . . . . 4", "3. The review panel and the way it", "worked 5",
				"Appendix A: terms of reference 9");
		List<String> body = List.of("1. Introduction", "1.1 It begins.", "2. Timescales", "2.1 It took long.");
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(List.of(cover, contents, body));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::fullText)
			.containsExactly(tuple("", "Salome Overview report"), tuple("1", "Introduction"),
					tuple("1.1", "It begins."), tuple("2", "Timescales"), tuple("2.1", "It took long."));
	}

	@Test
	void numbersInsideSentencesDatesMoneyAndListsDoNotStartParagraphs() {
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(
				List.of(List.of("4.4 National figures help to set the scene: the Crime Survey estimated that in 2019",
						"4.5 million women had experienced domestic abuse since the age of sixteen, and a",
						"refuge place cost the council £1.50 a head, per day, in the year 2020 to 2021.",
						"4.5 Several agencies knew Salome:", "1. Kent Police, from 2015;", "2. her GP practice;",
						"3. Adult Social Care.", "4.6 Ahmed was arrested on", "16.2.2021 and released the same day.",
						"4.7 The last paragraph.")));

		assertThat(paragraphs).extracting(ReportParagraph::number).containsExactly("4.4", "4.5", "4.6", "4.7");
		assertThat(paragraphs.get(1).text()).isEqualTo(
				"Several agencies knew Salome: 1. Kent Police, from 2015; 2. her GP practice; 3. Adult Social Care.");
		assertThat(paragraphs.get(0).text()).contains("in 2019 4.5 million women").contains("£1.50 a head");
	}

	@Test
	void trailingDotsSubPointsAndRomanSubSubPoints() {
		List<ReportParagraph> paragraphs = ParagraphSplitter
			.split(List.of(List.of("16.2.6. The panel considered three questions.", "16.2.7. The panel found that:",
					"(a) Ahmed was known to the police;", "(b) the GP did not ask about abuse, in that:",
					"(i) no question was recorded; and", "(ii) no referral was made;",
					"(c) a chance was missed (d) to act.", "16.2.8. Closing words.")));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::text)
			.containsExactly(tuple("16.2.6", "The panel considered three questions."),
					tuple("16.2.7", "The panel found that:"), tuple("16.2.7(a)", "Ahmed was known to the police;"),
					tuple("16.2.7(b)", "the GP did not ask about abuse, in that:"),
					tuple("16.2.7(b)(i)", "no question was recorded; and"),
					tuple("16.2.7(b)(ii)", "no referral was made;"),
					tuple("16.2.7(c)", "a chance was missed (d) to act."), tuple("16.2.8", "Closing words."));
	}

	@Test
	void brokenWordsAreJoinedButRealCompoundsKeepTheirHyphen() {
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(List.of(List.of("5.1 The police investi-",
				"gation into the multi-", "agency response was thorough, and the multi-agency",
				"panel worked well with the co-", "ordinator and with the service\u00AD", "users.")));

		assertThat(paragraphs).extracting(ReportParagraph::text)
			.containsExactly("The police investigation into the multi-agency response was thorough, and the "
					+ "multi-agency panel worked well with the co-ordinator and with the serviceusers.");
	}

	@Test
	void ligaturesAndNonBreakingSpacesAreReadAsPlainText() {
		List<ReportParagraph> paragraphs = ParagraphSplitter
			.split(List.of(List.of("6.1\u00A0The \uFB01ndings re\uFB02ect the panel\u2019s con\uFB01dence.")));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::text)
			.containsExactly(tuple("6.1", "The findings reflect the panel\u2019s confidence."));
	}

	@Test
	void numberingThatRestartsStartsANewPart() {
		List<ReportParagraph> paragraphs = ParagraphSplitter.split(List.of(
				List.of("Executive summary", "1.1 Summary one.", "1.2 Summary two.", "2.1 Summary three.",
						"2.2 Summary four, the last paragraph of the executive summary, which ends on this line."),
				List.of("Overview report", "1.1 Report one.", "1.2 Report two.", "1.3 Report three.",
						"2.1 Report four, a longer paragraph than the others that fills the whole of its line",
						"and carries on to the next.", "2.2 Report five.")));

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::part)
			.containsExactly(tuple("", 0), tuple("1.1", 0), tuple("1.2", 0), tuple("2.1", 0), tuple("2.2", 0),
					tuple("1.1", 1), tuple("1.2", 1), tuple("1.3", 1), tuple("2.1", 1), tuple("2.2", 1));
	}

}

package org.dhrqa.tracker.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Which paragraphs changed between two versions, in report order. */
class ParagraphAlignmentTests {

	@Test
	void onlyChangedAddedAndRemovedParagraphsAreListedInReportOrder() {
		List<ReportParagraph> v1 = List.of(p("1.1", "The review began in April 2021."),
				p("1.2", "The family was told in June 2023."), p("1.3", "Kent Police took part."),
				p("16.2.7", "On 3 February 2021 Adam told his GP that he was worried about Salome."),
				p("16.2.8", "The GP made no referral."));
		List<ReportParagraph> v2 = List.of(p("1.1", "The review began in April 2021."),
				p("1.2", "The family was told in June 2023, on the advice of the Senior Investigating Officer."),
				p("1.3", "An agency review was carried out by Kent Police."),
				p("16.2.7", "On 3 February 2021 Ahmed told his GP that he was worried about Salome."),
				p("16.2.8", "The GP made no referral."));
		ParagraphAlignment.Result result = ParagraphAlignment.align(v1, v2);

		assertThat(result.changes()).extracting(ParagraphChange::kind, ParagraphChange::number)
			.containsExactly(tuple(ParagraphChange.Kind.CHANGED, "1.2"), tuple(ParagraphChange.Kind.CHANGED, "1.3"),
					tuple(ParagraphChange.Kind.CHANGED, "16.2.7"));
		assertThat(result.unchanged()).isEqualTo(2);
		assertThat(result.changes().get(2).text().after()).filteredOn(DiffSegment::isAdded)
			.extracting(DiffSegment::text)
			.containsExactly("Ahmed");
	}

	@Test
	void anInsertedParagraphRenumbersTheRestWithoutChangingThem() {
		List<ReportParagraph> v1 = List.of(p("4.1", "Terms of reference were agreed."),
				p("4.2", "The panel considered the period from 2015."), p("4.3", "Agencies were asked for IMRs."),
				p("4.4", "An old paragraph that goes."));
		List<ReportParagraph> v2 = List.of(p("4.1", "Terms of reference were agreed."),
				p("4.2", "Ahmed's friend was not contacted because he had left the country."),
				p("4.3", "The panel considered the period from 2015."), p("4.4", "Agencies were asked for IMRs."));
		ParagraphAlignment.Result result = ParagraphAlignment.align(v1, v2);

		assertThat(result.changes()).extracting(ParagraphChange::kind, ParagraphChange::number)
			.containsExactly(tuple(ParagraphChange.Kind.ADDED, "4.2"), tuple(ParagraphChange.Kind.REMOVED, "4.4"));
		assertThat(result.unchanged()).isEqualTo(3);
		assertThat(result.renumbered()).isEqualTo(2);
	}

	@Test
	void anEditedParagraphPairsWithItsWordsNotWithTheNewParagraphThatTookItsNumber() {
		List<ReportParagraph> v1 = List.of(p("2.1", "Start."),
				p("2.2", "The timescales of the review were extended three times because of the criminal trial."),
				p("2.3", "End."));
		List<ReportParagraph> v2 = List.of(p("2.1", "Start."),
				p("2.2", "A new paragraph about something else entirely."),
				p("2.3", "The timescales of the review were extended because of the criminal trial."),
				p("2.4", "End."));
		ParagraphAlignment.Result result = ParagraphAlignment.align(v1, v2);

		assertThat(result.changes()).extracting(ParagraphChange::kind, ParagraphChange::number)
			.containsExactly(tuple(ParagraphChange.Kind.ADDED, "2.2"), tuple(ParagraphChange.Kind.CHANGED, "2.3"));
		assertThat(result.changes().get(1).renumbered()).isTrue();
		assertThat(result.changes().get(1).text().before()).filteredOn(DiffSegment::isRemoved)
			.extracting(DiffSegment::text)
			.containsExactly("three times");
	}

	private static ReportParagraph p(String number, String text) {
		return new ReportParagraph(number, null, text, 1, 0);
	}

}

package org.dhrqa.tracker.letterimport;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.document.PdfRenderer;
import org.dhrqa.tracker.letter.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter as another PDF maker lays it out (the service's own HTML-to-PDF renderer, with
 * real fonts, CSS list bullets and numbers, nested lists and justified text).
 */
class RenderedPdfTests {

	@Test
	void readsALetterRenderedFromHtml() {
		String html = """
				<html lang="en"><head><title>Letter</title><style>
				body { font-family: 'Liberation Sans'; font-size: 11pt; text-align: justify; }
				p { margin: 0 0 10pt 0; } li { margin: 0 0 4pt 0; }
				</style></head><body>
				<p>Interpersonal Abuse Unit<br/>2 Marsham Street<br/>London SW1P 4DF</p>
				<p>Ms Jane Doe<br/>Chair, Safer Anytown Partnership<br/>Town Hall<br/>Anytown AN1 1AA</p>
				<p>3 September 2025</p>
				<p>Dear Ms Doe,</p>
				<p>Thank you for submitting the Domestic Homicide Review (DHR) report (Harriet) for Safer Anytown
				Partnership to the Home Office Quality Assurance (QA) Panel. The report was considered at the QA Panel
				meeting on 23rd July 2025.</p>
				<p>The QA Panel felt the report was sensitively written and gives Harriet a clear voice.</p>
				<p>The QA Panel felt that there are some aspects of the report which may benefit from further revision,
				but the Home Office is content that on completion of these changes, the DHR may be published.</p>
				<p>Areas for final development:</p>
				<ol>
				<li>The chronology should be extended so that it covers the period from 2018, when Harriet first
				disclosed abuse to her GP, to her death in 2024, and should set out each agency's contact with her and
				with the perpetrator.</li>
				<li>The analysis of the police response should consider:
				  <ul><li>the risk assessment completed in March 2023;</li><li>why no referral was made to MARAC.</li></ul>
				</li>
				<li>At 6.2 the perpetrator's employer is named; this should be removed.</li>
				</ol>
				<p>Once completed the Home Office would be grateful if you could provide us with a digital copy of the
				revised final version of the report and the weblink to the site where the report will be published.</p>
				<p>Yours sincerely,</p>
				<p>Home Office DHR Quality Assurance Panel</p>
				</body></html>
				""";
		byte[] pdf = new PdfRenderer().render(html, "about:blank");
		LetterFiles.LetterText text = LetterFiles.read(pdf);
		ParsedLetter letter = new LetterParser(List.of()).parse(text.text(), text.layout());
		assertThat(letter.items()).extracting(ParsedLetter.ParsedItem::text)
			.containsExactly("The chronology should be extended so that it covers the period from 2018, when Harriet "
					+ "first disclosed abuse to her GP, to her death in 2024, and should set out each agency's contact "
					+ "with her and with the perpetrator.",
					"The analysis of the police response should consider: the risk assessment completed in March 2023; "
							+ "why no referral was made to MARAC.",
					"At 6.2 the perpetrator's employer is named; this should be removed.");
		assertThat(letter.items().get(2).sectionRef()).isEqualTo("6.2");
		assertThat(letter.csp()).isEqualTo("Safer Anytown Partnership");
		assertThat(letter.victimPseudonyms()).containsExactly("Harriet");
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(letter.letterDate()).hasToString("2025-09-03");
		assertThat(letter.meetingDate()).hasToString("2025-07-23");
	}

}

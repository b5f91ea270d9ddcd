package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.List;

import org.dhrqa.tracker.report.ReportPdfFixture.Block;
import org.dhrqa.tracker.report.ReportPdfFixture.Report;

import static org.dhrqa.tracker.report.ReportPdfFixture.heading;
import static org.dhrqa.tracker.report.ReportPdfFixture.paragraph;
import static org.dhrqa.tracker.report.ReportPdfFixture.subPoint;

/**
 * Two versions of an overview report on the "Salome" review, as a CSP would revise it
 * after the QA Panel's letter: the front page gains the month of death, 1.3 explains why
 * the family was told late, 4.2 is added, 16.2.7 calls Ahmed by his pseudonym, 17.2 goes.
 */
final class SalomeReports {

	static final String LONG_PARAGRAPH = "3.1";

	private SalomeReports() {
	}

	static Report version1() {
		return new Report(List.of("Domestic Homicide Review", "Overview Report into the death of Salome"),
				blocks(false));
	}

	static Report version2() {
		return new Report(List.of("Domestic Homicide Review", "Overview Report into the death of Salome",
				"who died in March 2021"), blocks(true));
	}

	private static List<Block> blocks(boolean revised) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(heading("1", "Introduction"));
		blocks.add(paragraph("1.1", "This report of a domestic homicide review examines the responses of agencies "
				+ "to Salome, a resident of Kent, before her death in March 2021. The \uFB01ndings of the review "
				+ "are set out in section 16 and its recommendations in section 18."));
		blocks.add(paragraph("1.2", "The review was commissioned by Kent & Medway Community Safety Partnership. "
				+ "Kent\u00A0Police, the NHS and Kent County Council contributed."));
		blocks.add(paragraph("1.3", revised
				? "The family was notified of the review in June 2023, on the advice of the Senior Investigating "
						+ "Officer, because the criminal trial had not yet ended."
				: "The family was notified of the review in June 2023."));
		blocks.add(heading("2", "Timescales"));
		blocks.add(paragraph("2.1",
				"The panel first met on 10 June 2021. The criminal investi|gation and the "
						+ "trial delayed the review, and the multi-agency panel agreed to pause its work until the "
						+ "trial ended. The co-ordinator kept the family informed throughout."));
		blocks.add(paragraph("2.2", "National \uFB01gures set the scene: the Crime Survey for England and Wales "
				+ "estimated that in 2019\n4.5 million women had experienced domestic abuse since the age of "
				+ "sixteen, and a refuge place cost the council £1.50 a head per day in the year 2020 to 2021."));
		blocks.add(heading("3", "Background"));
		blocks.add(paragraph(LONG_PARAGRAPH, longBackground()));
		blocks.add(paragraph("3.2", "Ahmed was arrested on\n16.2.2021 and released on bail the same day."));
		String[] sections = { "Terms of reference", "Methodology", "Involvement of family and friends",
				"Contributors to the review", "The review panel", "Author of the overview report", "Parallel reviews",
				"Equality and diversity", "Dissemination", "Chronology", "Overview" };
		for (int s = 0; s < sections.length; s++) {
			String number = String.valueOf(s + 4);
			blocks.add(heading(number, sections[s]));
			blocks.add(paragraph(number + ".1", "This section sets out the " + sections[s].toLowerCase()
					+ " of the review, as the statutory guidance of December 2016 asks."));
			if (s == 0 && revised) {
				blocks.add(paragraph("4.2", "Ahmed's friend was not contacted, because he had left the country "
						+ "before the review began and could not be traced."));
			}
		}
		blocks.add(heading("15", "Agency involvement"));
		blocks.add(paragraph("15.1", "Several agencies knew Salome:\n1. Kent Police, from 2015;\n2. her GP "
				+ "practice;\n3. Adult Social Care."));
		blocks.add(heading("16", "Analysis"));
		blocks.add(paragraph("16.1", "The panel considered how each agency responded to the risks Salome faced."));
		blocks.add(heading("16.2", "The GP practice"));
		for (int p = 1; p <= 6; p++) {
			blocks.add(paragraph("16.2." + p, "The GP practice saw Salome on " + (p + 2) + " occasions in the year "
					+ "before her death and recorded her low mood each time."));
		}
		blocks.add(paragraph("16.2.7", "On 3 February 2021 " + (revised ? "Ahmed" : "Adam")
				+ " told the GP that he was worried about Salome. The panel found that:"));
		blocks.add(subPoint("(a)", "the GP did not ask Salome about domestic abuse;"));
		blocks.add(subPoint("(b)", "no referral was made to the MARAC; and"));
		blocks.add(subPoint("(c)", "the conversation was not recorded in Salome's notes."));
		blocks.add(paragraph("16.2.8", "The practice has since trained every clinician in routine enquiry."));
		blocks.add(heading("17", "Conclusions"));
		blocks.add(paragraph("17.1", "Salome's death was not predictable, but chances to help her were missed."));
		if (!revised) {
			blocks.add(paragraph("17.2", "The panel thanks the family for their courage."));
		}
		blocks.add(heading("18", "Recommendations"));
		blocks.add(paragraph("18.1",
				"GP practices in Kent should ask about domestic abuse when a patient presents " + "with low mood."));
		return blocks;
	}

	/**
	 * A paragraph longer than a page, so it runs over a page break wherever it starts.
	 */
	private static String longBackground() {
		StringBuilder text = new StringBuilder("Salome was born in 1984 and grew up in Kent with her two sisters.");
		String[] sentences = {
				"She worked as a teaching assistant and was described by colleagues as warm and " + "reliable.",
				"She met Ahmed in 2012 and they married in 2014.",
				"Her family said that his control over her money and friendships grew slowly over the years.",
				"She told a friend in 2018 that she was frightened of him but did not want to leave the home "
						+ "she loved.",
				"Agencies saw her at school events, at her GP practice and at the hospital, but nobody put the "
						+ "pieces together." };
		for (int i = 0; i < 5; i++) {
			for (String sentence : sentences) {
				text.append(' ').append(sentence);
			}
		}
		return text.toString();
	}

}

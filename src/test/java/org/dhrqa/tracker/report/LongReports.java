package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dhrqa.tracker.report.ReportPdfFixture.Block;
import org.dhrqa.tracker.report.ReportPdfFixture.Report;

import static org.dhrqa.tracker.report.ReportPdfFixture.heading;
import static org.dhrqa.tracker.report.ReportPdfFixture.paragraph;

/**
 * A long overview report made of plausible sentences, numbered in sections and
 * sub-sections, and a revision of it in which a few paragraphs are edited, added or
 * removed: the size of report that must stay fast.
 */
final class LongReports {

	/** Rows on an A4 page at 11pt: the fixture's page is then a real page. */
	static final int ROWS_PER_PAGE = 44;

	private static final String[] SUBJECTS = { "Salome", "Ahmed", "The GP practice", "Kent Police", "Adult Social Care",
			"The health visitor", "The school", "The panel", "The specialist service", "Her sister" };

	private static final String[] VERBS = { "recorded", "noted", "did not share", "reviewed", "asked about", "referred",
			"discussed", "missed", "followed up", "explained" };

	private static final String[] OBJECTS = { "the risk assessment", "her low mood", "the call from a neighbour",
			"the MARAC referral", "the bruising on her arm", "the safeguarding policy", "his financial stress",
			"the missed appointment", "the housing application", "the disclosure to a colleague" };

	private static final String[] WHEN = { "in March 2019", "the following week", "on 3 February 2021",
			"during the pandemic", "at the annual review", "before the trial", "in the summer of 2020",
			"two days later" };

	private LongReports() {
	}

	/**
	 * About {@code pages} pages: revised, one paragraph in 30 is edited, one in 100 added
	 * and one in 100 removed.
	 */
	static Report of(int pages, boolean revised) {
		Random words = new Random(16);
		Random edits = new Random(7);
		List<Block> blocks = new ArrayList<>();
		int paragraphsWanted = pages * 9;
		int made = 0;
		for (int section = 1; made < paragraphsWanted; section++) {
			blocks.add(heading(String.valueOf(section), "Section " + section + " of the overview report"));
			for (int sub = 1; sub <= 6 && made < paragraphsWanted; sub++) {
				blocks.add(heading(section + "." + sub, "Agency involvement, part " + sub));
				int number = 0;
				for (int p = 1; p <= 20 && made < paragraphsWanted; p++, made++) {
					String text = paragraphText(words);
					double roll = edits.nextDouble();
					if (revised && roll < 0.01) {
						continue;
					}
					blocks.add(paragraph(section + "." + sub + "." + (++number),
							(revised && roll < 0.043) ? edit(text, edits) : text));
					if (revised && roll > 0.99) {
						blocks.add(paragraph(section + "." + sub + "." + (++number), paragraphText(edits)));
					}
				}
			}
		}
		return new Report(List.of("Domestic Homicide Review", "Overview Report into the death of Salome"), blocks);
	}

	private static String paragraphText(Random random) {
		StringBuilder text = new StringBuilder();
		int sentences = 3 + random.nextInt(3);
		for (int s = 0; s < sentences; s++) {
			if (s > 0) {
				text.append(' ');
			}
			text.append(pick(random, SUBJECTS))
				.append(' ')
				.append(pick(random, VERBS))
				.append(' ')
				.append(pick(random, OBJECTS))
				.append(' ')
				.append(pick(random, WHEN))
				.append('.');
		}
		return text.toString();
	}

	private static String edit(String text, Random random) {
		String[] words = text.split(" ");
		int at = random.nextInt(words.length - 1);
		words[at] = pick(random, new String[] { "promptly", "again", "never", "carefully" }) + " " + words[at];
		return String.join(" ", words);
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}

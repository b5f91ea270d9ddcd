package org.dhrqa.tracker.letterimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.Block.Part;
import org.dhrqa.tracker.letterimport.BlockBuilder.Layout;

/**
 * Reads a QA Panel letter's text into its dates, CSP, pseudonyms, outcome, heading and
 * items. Plain Java: the same for a file, a paste or the API.
 */
final class LetterParser {

	private static final Pattern MEETING = Pattern.compile(
			"\\b(meeting|met|meets|considered|discussed|reviewed" + "|panel (on|of|held))\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LETTERHEAD = Pattern.compile("home office|marsham street|interpersonal abuse"
			+ "|www\\.|gov\\.uk|tel:|telephone|public protection|safeguarding unit", Pattern.CASE_INSENSITIVE);

	private final List<String> knownCsps;

	/**
	 * @param knownCsps CSP names to look for when the letter's wording names none
	 */
	LetterParser(List<String> knownCsps) {
		this.knownCsps = List.copyOf(knownCsps);
	}

	ParsedLetter parse(String text, Layout layout) {
		TextCleaner.Cleaned cleaned = TextCleaner.clean(text);
		List<Block> blocks = BlockBuilder.build(cleaned.lines(), layout);
		LetterAnatomy anatomy = LetterAnatomy.of(blocks);
		List<ParsedLetter.ParsedItem> items = anatomy.items()
			.stream()
			.map((item) -> new ParsedLetter.ParsedItem(item.text(), SectionRefs.of(item.text())))
			.toList();
		List<String> statements = blocks.stream()
			.filter((block) -> block.is(Part.OPENING) || block.is(Part.OUTCOME) || block.is(Part.HEADING)
					|| block.is(Part.UNPLACED) || block.is(Part.GROUP_LABEL))
			.map(Block::text)
			.toList();
		Outcome outcome = OutcomeFinder.decide(statements, items.size());
		LocalDate letterDate = letterDate(anatomy);
		LocalDate meetingDate = meetingDate(anatomy, letterDate);
		List<String> openingFirst = textsInOrder(anatomy, Part.OPENING, Part.STRENGTH, Part.OUTCOME, Part.HEADING,
				Part.UNPLACED, Part.HEADER);
		String csp = NameFinder.csp(openingFirst);
		if (csp == null) {
			csp = knownCsp(String.join("\n", openingFirst));
		}
		List<String> headerLines = anatomy.all(Part.HEADER)
			.stream()
			.flatMap((block) -> block.lines().stream())
			.toList();
		List<String> pseudonyms = NameFinder.pseudonyms(openingFirst, headerLines);
		String heading = (anatomy.heading() != null) ? anatomy.heading().text() : null;
		List<String> unplaced = new ArrayList<>(texts(anatomy, Part.UNPLACED));
		unplaced.addAll(cleaned.footnotes());
		return new ParsedLetter(letterDate, meetingDate, csp, pseudonyms, outcome, heading, items,
				List.copyOf(unplaced), texts(anatomy, Part.STRENGTH), sections(anatomy));
	}

	/**
	 * The last full date before "Dear …" (letters date themselves above the salutation).
	 */
	private static LocalDate letterDate(LetterAnatomy anatomy) {
		LocalDate found = null;
		for (Block block : anatomy.all(Part.HEADER)) {
			for (String line : block.lines()) {
				for (DateFinder.Found date : DateFinder.find(line)) {
					if (date.hasYear()) {
						found = date.date();
					}
				}
			}
		}
		if (found != null) {
			return found;
		}
		for (Block block : anatomy.blocks()) {
			String text = block.text();
			if (text.length() < 60 || Phrases.lower(text).startsWith("date")) {
				for (DateFinder.Found date : DateFinder.find(text)) {
					if (date.hasYear() && !MEETING.matcher(text).find()) {
						return date.date();
					}
				}
			}
		}
		return null;
	}

	/**
	 * The date in the sentence about the panel meeting; a date without a year is placed
	 * in the year that puts it before the letter.
	 */
	private static LocalDate meetingDate(LetterAnatomy anatomy, LocalDate letterDate) {
		for (String text : textsInOrder(anatomy, Part.OPENING, Part.STRENGTH, Part.OUTCOME, Part.UNPLACED,
				Part.HEADER)) {
			for (String sentence : OutcomeFinder.sentences(text)) {
				Matcher meeting = MEETING.matcher(sentence);
				if (!meeting.find()) {
					continue;
				}
				List<DateFinder.Found> dates = DateFinder.find(sentence);
				for (DateFinder.Found date : dates) {
					LocalDate placed = date.before(letterDate);
					if (placed != null && (letterDate == null || !placed.equals(letterDate) || dates.size() == 1)) {
						return placed;
					}
				}
			}
		}
		return null;
	}

	private String knownCsp(String text) {
		String lower = Phrases.lower(text).replace("&", "and").replaceAll("\\s+", " ");
		for (String name : this.knownCsps) {
			String candidate = Phrases.lower(name).replace("&", "and").replaceAll("\\s+", " ").trim();
			if (!candidate.isEmpty() && lower.contains(candidate)) {
				return name;
			}
		}
		return null;
	}

	/**
	 * The header split into the sender's letterhead (up to the last line naming the
	 * office) and the addressee (the rest, less the date).
	 */
	private static ParsedLetter.Sections sections(LetterAnatomy anatomy) {
		List<String> header = anatomy.all(Part.HEADER)
			.stream()
			.flatMap((block) -> block.lines().stream())
			.map(String::strip)
			.filter((line) -> DateFinder.find(line).isEmpty() || Phrases.words(line) > 6)
			.toList();
		int lastLetterhead = -1;
		for (int i = 0; i < header.size(); i++) {
			if (LETTERHEAD.matcher(header.get(i)).find()) {
				lastLetterhead = i;
			}
		}
		return new ParsedLetter.Sections(String.join("\n", header.subList(0, lastLetterhead + 1)),
				String.join("\n", header.subList(lastLetterhead + 1, header.size())),
				String.join("\n", texts(anatomy, Part.SALUTATION)), String.join("\n\n", texts(anatomy, Part.OPENING)),
				String.join("\n\n", texts(anatomy, Part.OUTCOME)),
				String.join("\n\n", texts(anatomy, Part.PUBLICATION)),
				String.join("\n\n", texts(anatomy, Part.CLOSING)),
				String.join("\n", anatomy.all(Part.SIGN_OFF).stream().flatMap((b) -> b.lines().stream()).toList()));
	}

	private static List<String> texts(LetterAnatomy anatomy, Part part) {
		return anatomy.all(part).stream().map(Block::text).toList();
	}

	private static List<String> textsInOrder(LetterAnatomy anatomy, Part... parts) {
		List<String> texts = new ArrayList<>();
		for (Part part : parts) {
			texts.addAll(texts(anatomy, part));
		}
		return texts;
	}

}

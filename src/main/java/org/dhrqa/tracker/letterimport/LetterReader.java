package org.dhrqa.tracker.letterimport;

import java.nio.charset.Charset;
import java.util.List;

import org.dhrqa.tracker.csp.CspSummary;
import org.dhrqa.tracker.csp.Csps;

import org.springframework.stereotype.Component;

/**
 * Reads a letter file or pasted text into a {@link ParsedLetter}, with the text it was
 * read from (shown beside the draft for checking). The CSPs the service knows help when a
 * letter names its CSP in words the parser does not expect.
 */
@Component
class LetterReader {

	private final Csps csps;

	LetterReader(Csps csps) {
		this.csps = csps;
	}

	/** A letter as read, with the text it was read from. */
	record Reading(ParsedLetter letter, String text, String format) {

	}

	Reading read(byte[] content) {
		return parse(LetterFiles.read(content));
	}

	Reading readText(String text) {
		return parse(LetterFiles.readText(text));
	}

	Reading readText(byte[] content, Charset declared) {
		return parse(LetterFiles.readText(LetterFiles.text(content, declared)));
	}

	/**
	 * Far more than any letter holds (they run to a few thousand words): a report or a
	 * bundle, not a letter, and too much to read while someone waits.
	 */
	static final int MAX_CHARACTERS = 300_000;

	private Reading parse(LetterFiles.LetterText text) {
		if (text.text().length() > MAX_CHARACTERS) {
			throw new UnreadableLetterException(UnreadableLetterException.Reason.TOO_MUCH_TEXT);
		}
		List<String> known = this.csps.all().stream().map(CspSummary::name).toList();
		ParsedLetter letter;
		try {
			letter = new LetterParser(known).parse(text.text(), text.layout());
		}
		catch (StackOverflowError ex) {
			// a pathological text no letter has: refuse it rather than fail
			throw new UnreadableLetterException(UnreadableLetterException.Reason.BROKEN, ex);
		}
		String shown = text.text().replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n");
		return new Reading(letter, shown, text.format());
	}

}

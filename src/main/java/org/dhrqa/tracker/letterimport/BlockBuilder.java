package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups clean lines into paragraphs and list entries. How lines relate depends on where
 * the text came from:
 * <ul>
 * <li>{@link Layout#PARAGRAPHS}: a blank line ends a paragraph and the lines between are
 * one wrapped paragraph (PDF and Word, whose readers mark paragraphs that way);</li>
 * <li>{@link Layout#WRAPPED}: plain text broken at a fixed width, where a line ends its
 * paragraph when the next word would have fitted on it;</li>
 * <li>{@link Layout#LINES}: plain text with each paragraph on one line.</li>
 * </ul>
 * In every layout a list marker starts a new entry, and lines indented under an entry
 * (after a blank line too) belong to it.
 */
final class BlockBuilder {

	enum Layout {

		PARAGRAPHS, WRAPPED, LINES

	}

	private final Layout layout;

	private final int width;

	private final List<Block> blocks = new ArrayList<>();

	private final Map<String, Integer> lastOrdinal = new HashMap<>();

	private Block current;

	private boolean blankBefore = true;

	private int lastWidth;

	private int lastIndent;

	private BlockBuilder(Layout layout, int width) {
		this.layout = layout;
		this.width = width;
	}

	static List<Block> build(List<String> lines, Layout knownLayout) {
		int width = wrapWidth(lines);
		Layout layout = (knownLayout != null) ? knownLayout : (width > 110) ? Layout.LINES : Layout.WRAPPED;
		BlockBuilder builder = new BlockBuilder(layout, width);
		for (String line : lines) {
			builder.accept(line);
		}
		return builder.blocks;
	}

	/** How wide the text was wrapped: the length most long lines reach. */
	static int wrapWidth(List<String> lines) {
		List<Integer> lengths = new ArrayList<>(
				lines.stream().filter((line) -> !line.isBlank()).map(String::length).sorted().toList());
		if (lengths.isEmpty()) {
			return 0;
		}
		return lengths.get((int) Math.floor((lengths.size() - 1) * 0.95));
	}

	private void accept(String line) {
		if (line.isBlank()) {
			this.blankBefore = true;
			return;
		}
		String text = line.strip();
		int indent = line.length() - line.stripLeading().length();
		ListMarker marker = acceptedMarker(text);
		if (marker != null) {
			start(marker, indent, text);
		}
		else if (this.current != null && continues(indent, text)) {
			this.current.add(text);
		}
		else {
			start(null, indent, text);
		}
		this.blankBefore = false;
		this.lastWidth = line.length();
		this.lastIndent = indent;
	}

	private void start(ListMarker marker, int indent, String text) {
		this.current = new Block(marker, indent, text);
		this.blocks.add(this.current);
		if (marker != null && marker.isOrdered()) {
			this.lastOrdinal.put(marker.style(), marker.ordinal());
		}
	}

	/**
	 * A number or letter at the start of a line is a list marker only where a list could
	 * start or continue: "4." after "3.", or "1." after a finished sentence, not "4."
	 * when a sentence about paragraph 4 was wrapped before it.
	 */
	private ListMarker acceptedMarker(String text) {
		ListMarker marker = ListMarker.of(text);
		if (marker == null || !marker.isOrdered()) {
			return marker;
		}
		Integer previous = this.lastOrdinal.get(marker.style());
		ListMarker asLetter = marker.asLetter();
		if (asLetter != marker) {
			Integer previousLetter = this.lastOrdinal.get(asLetter.style());
			if (previousLetter != null && previousLetter == asLetter.ordinal() - 1) {
				return asLetter;
			}
		}
		if (previous != null && previous == marker.ordinal() - 1) {
			return marker;
		}
		if (this.current == null || this.blankBefore) {
			return marker;
		}
		String before = this.current.lastLine();
		boolean sentenceDone = Phrases.endsSentence(before) || before.endsWith(":") || before.endsWith(";")
				|| this.current.isListEntry();
		return (sentenceDone && (marker.isFirst() || previous != null)) ? marker : null;
	}

	/** Whether a line without a marker carries on the current block. */
	private boolean continues(int indent, String text) {
		Block block = this.current;
		boolean under = block.isListEntry() && indent > block.indent() && indent >= block.textIndent() - 1;
		if (this.blankBefore) {
			// a paragraph indented under a list entry belongs to it
			return under;
		}
		String before = block.lastLine();
		if (Phrases.find(Phrases.SALUTATION, before) && before.length() < 60) {
			return false;
		}
		if (block.isListEntry() && indent < block.indent() && Phrases.endsSentence(before)) {
			return false;
		}
		// an entry whose lines hang under its text ends where a line comes back out
		boolean hangingSoFar = block.isListEntry() && block.lines().size() > 1
				&& this.lastIndent >= block.textIndent() - 1;
		if (hangingSoFar && indent < this.lastIndent - 1 && Phrases.endsSentence(before)) {
			return false;
		}
		// words hanging under a list entry's text, or a sentence running on in lower case
		boolean hanging = block.isListEntry() && indent > block.indent() && indent >= block.textIndent() - 1;
		boolean runsOn = !Phrases.endsSentence(before) && !before.endsWith(":")
				&& Character.isLowerCase(text.codePointAt(0));
		if (hanging || runsOn) {
			return true;
		}
		return switch (this.layout) {
			case PARAGRAPHS -> !(Phrases.endsSentence(before) && startsNewPart(text));
			case LINES -> under;
			case WRAPPED -> !breaksAfter(before, text) && !(Phrases.endsSentence(before) && startsNewPart(text));
		};
	}

	/** The line was ended by hand: the next word would have fitted on it. */
	private boolean breaksAfter(String before, String next) {
		int fit = this.lastWidth + 1 + next.split("\\s+", 2)[0].length();
		if (fit > this.width) {
			return false;
		}
		if (Phrases.endsSentence(before) || before.endsWith(":")) {
			return true;
		}
		return fit < this.width * 0.8;
	}

	/** A paragraph that plainly starts a new part of the letter, so cannot run on. */
	private static boolean startsNewPart(String text) {
		return Phrases.find(Phrases.SALUTATION, text) || Phrases.find(Phrases.SIGN_OFF, text) || Phrases.isClosing(text)
				|| Phrases.isPublication(text.length() > 80 ? text.substring(0, 80) : text)
				|| (Phrases.isHeadingLike(text) && text.strip().endsWith(":"));
	}

}

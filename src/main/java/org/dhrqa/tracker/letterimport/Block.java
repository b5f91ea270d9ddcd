package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of the letter, or one list entry with its wrapped lines and any
 * paragraphs indented under it. The parser gives each block its part of the letter.
 */
final class Block {

	enum Part {

		HEADER, SALUTATION, OPENING, STRENGTH, OUTCOME, HEADING, GROUP_LABEL, ITEM, PUBLICATION, CLOSING, SIGN_OFF,
		UNPLACED

	}

	private final ListMarker marker;

	private final int indent;

	private final List<String> lines = new ArrayList<>();

	private int level;

	private Part part;

	Block(ListMarker marker, int indent, String firstLine) {
		this.marker = marker;
		this.indent = indent;
		this.lines.add(firstLine);
	}

	void add(String line) {
		this.lines.add(line);
	}

	ListMarker marker() {
		return this.marker;
	}

	boolean isListEntry() {
		return this.marker != null;
	}

	int indent() {
		return this.indent;
	}

	/** Where the words start: after the marker for a list entry. */
	int textIndent() {
		return (this.marker != null) ? this.indent + this.marker.length() : this.indent;
	}

	List<String> lines() {
		return this.lines;
	}

	String lastLine() {
		return this.lines.get(this.lines.size() - 1);
	}

	/** The words, without the marker, lines joined and spaces made single. */
	String text() {
		String first = this.lines.get(0);
		String joined = String.join(" ", this.lines.subList(1, this.lines.size()));
		String body = (this.marker != null) ? first.substring(this.marker.length()) : first;
		return (body + " " + joined).replaceAll("\\s+", " ").strip();
	}

	int level() {
		return this.level;
	}

	void level(int level) {
		this.level = level;
	}

	Part part() {
		return this.part;
	}

	void part(Part part) {
		this.part = part;
	}

	boolean is(Part candidate) {
		return this.part == candidate;
	}

	@Override
	public String toString() {
		return this.part + "/" + this.level + (this.marker != null ? " [" + this.marker.style() + "] " : " ") + text();
	}

}

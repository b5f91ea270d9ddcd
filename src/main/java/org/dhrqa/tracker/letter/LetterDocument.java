package org.dhrqa.tracker.letter;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the rendered letter shows, in order: the model of letter/document.html,
 * which makes both the HTML preview and the PDF.
 */
record LetterDocument(String title, List<String> letterhead, List<String> addressee, String[] date, String salutation,
		List<String> opening, List<String> strengths, List<String> outcome, String listHeading, List<String> items,
		List<String> publicationInstructions, List<String> closing, List<String> signOff, boolean draft) {

	static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	/** Paragraphs are separated by a blank line. */
	static List<String> paragraphs(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R\\s*\\R"))
					.map((paragraph) -> paragraph.replaceAll("\\s*\\R\\s*", " ").trim())
					.filter((paragraph) -> !paragraph.isEmpty())
					.toList();
	}

}

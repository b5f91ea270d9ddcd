package org.dhrqa.tracker.letter;

import org.dhrqa.tracker.shared.web.ClasspathText;

/**
 * The letter's stylesheet, read once, for PDFs (which cannot fetch it from the server).
 */
final class LetterStylesheet {

	static final String CSS = ClasspathText.read("/static/css/letter.css");

	private LetterStylesheet() {
	}

}

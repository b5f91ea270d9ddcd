package org.dhrqa.tracker.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The letter's stylesheet, read once, for PDFs (which cannot fetch it from the server).
 */
final class LetterStylesheet {

	static final String CSS = load();

	private LetterStylesheet() {
	}

	private static String load() {
		try (InputStream in = LetterStylesheet.class.getResourceAsStream("/static/css/letter.css")) {
			if (in == null) {
				throw new IllegalStateException("static/css/letter.css is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

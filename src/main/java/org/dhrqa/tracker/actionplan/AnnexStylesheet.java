package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The annex stylesheet, read once, for PDFs (which cannot fetch it from the server). */
final class AnnexStylesheet {

	static final String CSS = load();

	private AnnexStylesheet() {
	}

	private static String load() {
		try (InputStream in = AnnexStylesheet.class.getResourceAsStream("/static/css/annex.css")) {
			if (in == null) {
				throw new IllegalStateException("static/css/annex.css is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

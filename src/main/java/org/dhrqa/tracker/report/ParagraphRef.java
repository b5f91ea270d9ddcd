package org.dhrqa.tracker.report;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which paragraph a letter or a response means: "16.2.7", "16.2.7.", "para 1.4",
 * "16.2.7(a)", or "Front page" (the text before the first numbered paragraph, returned as
 * an empty number).
 */
final class ParagraphRef {

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){0,5})\\.?((?:\\((?:[a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\))*)");

	private static final Pattern FRONT = Pattern.compile("\\b(front page|cover|title page)\\b");

	private ParagraphRef() {
	}

	static Optional<String> parse(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		String text = reference.trim().toLowerCase(Locale.ROOT);
		if (FRONT.matcher(text).find()) {
			return Optional.of("");
		}
		Matcher matcher = NUMBER.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1) + matcher.group(2)) : Optional.empty();
	}

}

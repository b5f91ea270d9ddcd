package org.dhrqa.tracker.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The text shown under a result, split into the words that matched and the words around
 * them, so the page marks the matches with {@code <mark>} while printing every word as
 * text (nothing in a record is ever taken as markup).
 */
record Snippet(List<Part> parts) {

	record Part(String text, boolean match) {

	}

	static Snippet of(String headline) {
		List<Part> parts = new ArrayList<>();
		String rest = (headline != null) ? headline : "";
		while (!rest.isEmpty()) {
			int start = rest.indexOf(SearchQuery.MARK_START);
			if (start < 0) {
				parts.add(new Part(rest, false));
				break;
			}
			if (start > 0) {
				parts.add(new Part(rest.substring(0, start), false));
			}
			int end = rest.indexOf(SearchQuery.MARK_END, start);
			if (end < 0) {
				parts.add(new Part(rest.substring(start + 1), true));
				break;
			}
			parts.add(new Part(rest.substring(start + 1, end), true));
			rest = rest.substring(end + 1);
		}
		return new Snippet(parts.stream()
			.map((part) -> new Part(part.text().replace(SearchQuery.MARK_START, "").replace(SearchQuery.MARK_END, ""),
					part.match()))
			.filter((part) -> !part.text().isEmpty())
			.toList());
	}

}

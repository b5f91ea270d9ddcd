package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of each PDF page into the report's running text: characters normalised
 * (ligatures, non-breaking and other odd spaces), running headers and footers dropped
 * (lines that repeat at the top or bottom of several pages, page numbers included), and
 * the contents dropped (its lines end in page numbers, usually after dot leaders).
 */
final class PageCleaner {

	/** Lines at each edge of a page where headers and footers live. */
	private static final int EDGE = 3;

	private static final Pattern DOT_LEADER = Pattern
		.compile("^.*\\S\\s*(?:(?:\\.\\s?){3,}|…+|(?:·\\s?){3,})\\s*\\d{1,4}$");

	private static final Pattern ENDS_WITH_PAGE = Pattern
		.compile("^\\D.*\\s\\d{1,4}$|^\\d[\\d.]*\\.?\\s+\\D.*\\s\\d{1,4}$");

	private static final Pattern CONTENTS_TITLE = Pattern.compile("^(?:table of )?contents(?: page)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ROMAN = Pattern.compile("^[ivxlc]{1,6}$", Pattern.CASE_INSENSITIVE);

	/**
	 * A paragraph number then words: never dropped as a header unless repeated word for
	 * word.
	 */
	private static final Pattern NUMBERED_TEXT = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+\\p{L}.*");

	private PageCleaner() {
	}

	/** A line of running text and the PDF page (from 1) it is on. */
	record Line(String text, int page) {

	}

	static List<Line> clean(List<List<String>> pages) {
		List<List<String>> normalised = new ArrayList<>();
		for (List<String> page : pages) {
			List<String> lines = new ArrayList<>();
			for (String raw : page) {
				String line = normalise(raw);
				if (!line.isEmpty()) {
					lines.add(line);
				}
			}
			normalised.add(lines);
		}
		dropHeadersAndFooters(normalised);
		dropContents(normalised);
		List<Line> text = new ArrayList<>();
		for (int p = 0; p < normalised.size(); p++) {
			for (String line : normalised.get(p)) {
				text.add(new Line(line, p + 1));
			}
		}
		return text;
	}

	/**
	 * Ligatures spelled out, every kind of space made one plain space, zero-width marks
	 * gone. A soft hyphen survives only at the end of a line, where it marks a word
	 * broken across lines.
	 */
	static String normalise(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			switch (c) {
				case '\uFB00' -> out.append("ff");
				case '\uFB01' -> out.append("fi");
				case '\uFB02' -> out.append("fl");
				case '\uFB03' -> out.append("ffi");
				case '\uFB04' -> out.append("ffl");
				case '\uFB05', '\uFB06' -> out.append("st");
				case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u200A', '\u202F', '\t', '\r', '\n', '\f' ->
					out.append(' ');
				case '\u200B', '\u200C', '\u200D', '\uFEFF' -> {
				}
				case '\u2010', '\u2011' -> out.append('-');
				case '\u00AD' -> {
					if (raw.substring(i + 1).isBlank()) {
						out.append(c);
					}
				}
				default -> out.append(c);
			}
		}
		return out.toString().replaceAll(" {2,}", " ").trim();
	}

	/**
	 * A line is a running header or footer when its shape (digits masked, so "Page 3 of
	 * 40" matches "Page 4 of 40") repeats at the same edge of several pages. Only lines
	 * at the edge are dropped, outermost first, so body text that happens to repeat
	 * stays.
	 */
	private static void dropHeadersAndFooters(List<List<String>> pages) {
		int needed = Math.min(3, pages.size());
		if (needed < 2) {
			return;
		}
		Map<String, Set<Integer>> top = new HashMap<>();
		Map<String, Set<Integer>> bottom = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			List<String> lines = pages.get(p);
			for (int i = 0; i < Math.min(EDGE, lines.size()); i++) {
				top.computeIfAbsent(shape(lines.get(i)), (k) -> new HashSet<>()).add(p);
				bottom.computeIfAbsent(shape(lines.get(lines.size() - 1 - i)), (k) -> new HashSet<>()).add(p);
			}
		}
		for (List<String> lines : pages) {
			int dropped = 0;
			while (!lines.isEmpty() && dropped < EDGE && repeated(top, lines.get(0), needed)) {
				lines.remove(0);
				dropped++;
			}
			dropped = 0;
			while (!lines.isEmpty() && dropped < EDGE && repeated(bottom, lines.get(lines.size() - 1), needed)) {
				lines.remove(lines.size() - 1);
				dropped++;
			}
		}
	}

	private static boolean repeated(Map<String, Set<Integer>> edge, String line, int needed) {
		Set<Integer> pages = edge.get(shape(line));
		return pages != null && pages.size() >= needed;
	}

	private static String shape(String line) {
		if (ROMAN.matcher(line).matches()) {
			return "<roman>";
		}
		if (NUMBERED_TEXT.matcher(line).matches()) {
			return line;
		}
		return line.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
	}

	/**
	 * The contents: from its title to its last entry on that page, and entries on the
	 * pages after it while most of a page's lines are entries. Dot-leader lines go
	 * wherever they are (a list of figures, say).
	 */
	private static void dropContents(List<List<String>> pages) {
		boolean inContents = false;
		for (List<String> lines : pages) {
			int title = -1;
			for (int i = 0; i < Math.min(5, lines.size()); i++) {
				if (CONTENTS_TITLE.matcher(lines.get(i)).matches()) {
					title = i;
					break;
				}
			}
			int[] entries = range(lines, true);
			int[] leaders = range(lines, false);
			if (title >= 0 && entries[1] > title) {
				lines.subList(title, entries[1] + 1).clear();
				inContents = true;
			}
			else if (inContents && entries[2] * 2 >= lines.size() && entries[2] > 0) {
				lines.subList(entries[0], entries[1] + 1).clear();
			}
			else if (leaders[2] > 0 && leaders[2] * 2 >= lines.size()) {
				lines.subList(leaders[0], leaders[1] + 1).clear();
				inContents = true;
			}
			else {
				inContents = false;
			}
			lines.removeIf((line) -> DOT_LEADER.matcher(line).matches());
		}
	}

	/**
	 * First and last index of the contents entries on a page, and how many there are.
	 * Without dot leaders, an entry is any line that ends in a page number.
	 */
	private static int[] range(List<String> lines, boolean withoutLeaders) {
		int first = -1;
		int last = -1;
		int count = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (DOT_LEADER.matcher(line).matches() || (withoutLeaders && ENDS_WITH_PAGE.matcher(line).matches())) {
				count++;
				last = i;
				if (first < 0) {
					first = i;
				}
			}
		}
		return new int[] { first, last, count };
	}

}

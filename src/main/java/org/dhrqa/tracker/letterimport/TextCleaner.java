package org.dhrqa.tracker.letterimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a file or a paste gives into clean lines: one kind of line break, ordinary
 * spaces, no invisible characters, no stray markup, no page furniture (repeated headers
 * and footers, page numbers, protective markings), and words broken across lines by a
 * hyphen put back together. Pages are separated by a form feed until the furniture is
 * gone.
 */
final class TextCleaner {

	private static final Pattern TAG = Pattern.compile(
			"</?(sup|sub|u|b|i|em|strong|span|font|a|small|big|mark|ins|del|s|strike|code)\\b[^<>]{0,200}>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK_TAG = Pattern
		.compile("</?(p|div|h[1-6]|ul|ol|table|tr|blockquote)\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);

	private static final Pattern BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

	private static final Pattern LIST_ITEM_TAG = Pattern.compile("<li\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);

	private static final Pattern END_LIST_ITEM_TAG = Pattern.compile("</(li|td|th)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(\\s*)#{1,6}\\s+");

	private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"^(?:page\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?|\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}|[-\u2013]?\\s*\\d{1,3}"
					+ "\\s*[-\u2013]?)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKING = Pattern.compile("^(official|official[- ]sensitive|official\\s*-\\s*sensitive"
			+ "|restricted|protect|not protectively marked|sensitive)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PAGE_OF = Pattern.compile("^page\\s+\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OFFICIAL = Pattern.compile("^official(?:\\s*[-\u2013]?\\s*sensitive)?$",
			Pattern.CASE_INSENSITIVE);

	/** A lead byte of UTF-8 and its continuation bytes, as Windows-1252 shows them. */
	private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u20AC\\u201A\\u0192"
			+ "\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022"
			+ "\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]{1,3}");

	private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,2}|[*\u2020\u2021])\\s+\\S");

	private static final Pattern HYPHENATED_END = Pattern.compile("(\\p{L}+)-$");

	/** Prefixes that keep their hyphen when a line breaks after them ("multi-agency"). */
	/**
	 * Words that follow a real hyphen in the compounds letters use ("multi-agency",
	 * "follow-up", "ex-partner"): a line that breaks before one of them broke at a hyphen
	 * that stays. Hyphenation never leaves fewer than three letters either side, so a
	 * two-letter remainder ("face-to-face") also shows a real hyphen.
	 */
	private static final Set<String> COMPOUND_TAILS = Set.of("agency", "agencies", "up", "being", "term", "called",
			"based", "making", "informed", "centred", "centered", "led", "specific", "ranging", "risk", "existing",
			"referral", "referrals", "escalate", "molestation", "depth", "date", "off", "old", "year", "fatal", "harm",
			"known", "level", "wide", "related", "focused", "sensitive", "partner", "partners", "time", "assessed",
			"working", "facing", "approved", "ordinated", "ordination", "ordinate", "operation", "operate");

	private TextCleaner() {
	}

	/** The letter's lines, and the footnotes taken out of them. */
	record Cleaned(List<String> lines, List<String> footnotes) {

	}

	static List<String> lines(String raw) {
		return clean(raw).lines();
	}

	static Cleaned clean(String raw) {
		String text = repairMojibake(raw);
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		text = characters(text);
		text = markup(text);
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			lines.add(line.equals("\f") ? line : markdown(expandTabs(line)).stripTrailing());
		}
		List<String> footnotes = new ArrayList<>();
		lines = removeFurniture(lines, footnotes);
		return new Cleaned(joinHyphenated(lines), footnotes);
	}

	/**
	 * UTF-8 read as Windows-1252 ("â€™" for a curly apostrophe): each such run of
	 * characters is read again as the UTF-8 it was.
	 */
	private static String repairMojibake(String text) {
		if (text.indexOf('\u00E2') < 0 && text.indexOf('\u00C3') < 0 && text.indexOf('\u00C2') < 0) {
			return text;
		}
		Matcher matcher = MOJIBAKE.matcher(text);
		StringBuilder out = new StringBuilder();
		Charset windows = Charset.forName("windows-1252");
		while (matcher.find()) {
			String repaired = matcher.group();
			try {
				repaired = StandardCharsets.UTF_8.newDecoder()
					.decode(java.nio.ByteBuffer.wrap(matcher.group().getBytes(windows)))
					.toString();
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				// not UTF-8 after all: leave the characters as they are
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(repaired));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String characters(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
						'\u2008', '\u2009', '\u200A', '\u3000' ->
					out.append(' ');
				case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
				}
				// a soft hyphen shows only where a word breaks at the end of a line
				case '\u00AD' -> out.append((i + 1 < text.length() && text.charAt(i + 1) == '\n') ? "-" : "");
				case '\u2028', '\u000B' -> out.append('\n');
				case '\u2029' -> out.append("\n\n");
				case '\f' -> out.append("\n\f\n");
				case '\uFB00' -> out.append("ff");
				case '\uFB01' -> out.append("fi");
				case '\uFB02' -> out.append("fl");
				case '\uFB03' -> out.append("ffi");
				case '\uFB04' -> out.append("ffl");
				case '\uFB05', '\uFB06' -> out.append("st");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Inline HTML some exports leave in ("7&lt;sup&gt;th&lt;/sup&gt;"), and entities. */
	private static String markup(String text) {
		if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
			return text;
		}
		String out = BREAK_TAG.matcher(text).replaceAll("\n");
		out = LIST_ITEM_TAG.matcher(out).replaceAll("\n\u2022 ");
		out = END_LIST_ITEM_TAG.matcher(out).replaceAll("\n");
		out = BLOCK_TAG.matcher(out).replaceAll("\n\n");
		out = TAG.matcher(out).replaceAll("");
		Map<String, String> entities = Map.of("&nbsp;", " ", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"",
				"&#39;", "'", "&apos;", "'", "&rsquo;", "\u2019", "&lsquo;", "\u2018", "&ndash;", "\u2013");
		for (Map.Entry<String, String> entity : entities.entrySet()) {
			out = out.replace(entity.getKey(), entity.getValue());
		}
		return out;
	}

	private static String expandTabs(String line) {
		int indent = 0;
		int i = 0;
		for (; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
			indent += (line.charAt(i) == '\t') ? 4 : 1;
		}
		String rest = line.substring(i);
		// "1\tText" is how Word's numbering reaches plain text
		rest = rest.replaceFirst("^(\\d{1,2})\\t", "$1. ").replace('\t', ' ');
		return " ".repeat(indent) + rest;
	}

	private static String markdown(String line) {
		String out = MARKDOWN_HEADING.matcher(line).replaceFirst("$1");
		Matcher emphasis = MARKDOWN_EMPHASIS.matcher(out);
		return emphasis.find() ? emphasis.replaceAll("$2") : out;
	}

	/**
	 * Drops page numbers and protective markings standing on their own, and the lines
	 * that open or close two or more pages alike (running headers and footers). Where a
	 * page break falls inside a sentence, the text runs on; otherwise a blank line keeps
	 * the paragraphs apart.
	 */
	static List<String> removeFurniture(List<String> lines, List<String> footnotes) {
		List<List<Integer>> pages = pages(lines);
		Map<String, Integer> edgeCounts = new HashMap<>();
		for (List<Integer> page : pages) {
			for (Integer index : edges(lines, page)) {
				edgeCounts.merge(key(lines.get(index)), 1, Integer::sum);
			}
		}
		Map<String, Integer> isolatedCounts = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			if (isIsolated(lines, i)) {
				isolatedCounts.merge(key(lines.get(i)), 1, Integer::sum);
			}
		}
		Set<Integer> furniture = new HashSet<>();
		for (List<Integer> page : pages) {
			Set<Integer> edges = new HashSet<>(edges(lines, page));
			for (Integer index : page) {
				String line = lines.get(index).strip();
				if (line.isEmpty()) {
					continue;
				}
				boolean edge = edges.contains(index);
				boolean isolated = isIsolated(lines, index);
				boolean repeatedAtEdges = edge && pages.size() > 1 && edgeCounts.getOrDefault(key(line), 0) >= 2;
				boolean repeatedAlone = isolated && isolatedCounts.getOrDefault(key(line), 0) >= 2
						&& Phrases.words(line) <= 12 && !ListMarker.startsWithMarker(line);
				boolean number = (edge || isolated) && PAGE_NUMBER.matcher(line).matches();
				boolean marking = (edge || isolated) && MARKING.matcher(line).matches();
				// "Page 2 of 3" and "OFFICIAL" are never letter text, wherever a paste
				// put them
				boolean unmistakable = PAGE_OF.matcher(line).matches() || OFFICIAL.matcher(line).matches();
				if (repeatedAtEdges || repeatedAlone || number || marking || unmistakable) {
					furniture.add(index);
				}
			}
		}
		furniture.addAll(repeatedNearFurniture(lines, furniture));
		for (List<Integer> page : pages) {
			List<Integer> notes = footnotes(lines, page, furniture);
			furniture.addAll(notes);
			if (!notes.isEmpty()) {
				footnotes.add(String.join(" ", notes.stream().map((i) -> lines.get(i).strip()).toList()));
			}
		}
		return joinPages(lines, furniture);
	}

	/**
	 * A running header pasted between two lines of text: a short line, repeated, that
	 * stands beside a page number or marking.
	 */
	private static Set<Integer> repeatedNearFurniture(List<String> lines, Set<Integer> furniture) {
		Map<String, Integer> counts = new HashMap<>();
		for (String line : lines) {
			if (!line.isBlank()) {
				counts.merge(key(line), 1, Integer::sum);
			}
		}
		Set<Integer> found = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || furniture.contains(i) || counts.getOrDefault(key(line), 0) < 2
					|| Phrases.words(line) > 6 || Phrases.endsSentence(line) || line.endsWith(":")
					|| ListMarker.startsWithMarker(line)) {
				continue;
			}
			for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 2); j++) {
				if (j != i && (furniture.contains(j) || lines.get(j).equals("\f"))) {
					found.add(i);
					break;
				}
			}
		}
		return found;
	}

	/**
	 * The footnote at the foot of a page: a last paragraph starting with a number (or *)
	 * that the text above carries as a mark after a word ("guidance1").
	 */
	private static List<Integer> footnotes(List<String> lines, List<Integer> page, Set<Integer> furniture) {
		List<Integer> content = page.stream().filter((i) -> !lines.get(i).isBlank() && !furniture.contains(i)).toList();
		if (content.size() < 2) {
			return List.of();
		}
		int last = content.size() - 1;
		int start = last;
		while (start > 0 && content.get(start - 1) == content.get(start) - 1) {
			start--;
		}
		if (start == 0) {
			return List.of();
		}
		Matcher note = FOOTNOTE.matcher(lines.get(content.get(start)).strip());
		if (!note.find()) {
			return List.of();
		}
		Pattern mark = Pattern.compile("[\\p{L})][.,;:]?" + Pattern.quote(note.group(1)) + "(?![\\d\\p{L}])");
		boolean marked = content.subList(0, start).stream().anyMatch((i) -> mark.matcher(lines.get(i)).find());
		return marked ? content.subList(start, content.size()) : List.of();
	}

	private static List<List<Integer>> pages(List<String> lines) {
		List<List<Integer>> pages = new ArrayList<>();
		List<Integer> page = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).equals("\f")) {
				pages.add(page);
				page = new ArrayList<>();
			}
			else {
				page.add(i);
			}
		}
		pages.add(page);
		return pages;
	}

	/** The first and last three non-blank lines of a page. */
	private static List<Integer> edges(List<String> lines, List<Integer> page) {
		List<Integer> content = page.stream().filter((i) -> !lines.get(i).isBlank()).toList();
		Set<Integer> edges = new java.util.LinkedHashSet<>();
		edges.addAll(content.subList(0, Math.min(3, content.size())));
		edges.addAll(content.subList(Math.max(0, content.size() - 3), content.size()));
		return new ArrayList<>(edges);
	}

	private static boolean isIsolated(List<String> lines, int index) {
		boolean before = index == 0 || lines.get(index - 1).isBlank() || lines.get(index - 1).equals("\f");
		boolean after = index == lines.size() - 1 || lines.get(index + 1).isBlank()
				|| lines.get(index + 1).equals("\f");
		return before && after && !lines.get(index).isBlank();
	}

	private static String key(String line) {
		return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.UK);
	}

	/**
	 * Takes the furniture out. Where it stood (a page break, a running header or footer
	 * between two lines), the text runs on if the sentence does; otherwise one blank line
	 * keeps the paragraphs apart.
	 */
	private static List<String> joinPages(List<String> lines, Set<Integer> furniture) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (!furniture.contains(i) && !lines.get(i).equals("\f")) {
				out.add(lines.get(i));
				i++;
				continue;
			}
			while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
				out.remove(out.size() - 1);
			}
			int next = i;
			while (next < lines.size()
					&& (lines.get(next).isBlank() || furniture.contains(next) || lines.get(next).equals("\f"))) {
				next++;
			}
			String before = out.isEmpty() ? "" : out.get(out.size() - 1).strip();
			String after = (next < lines.size()) ? lines.get(next).strip() : "";
			boolean runsOn = !before.isEmpty() && !after.isEmpty() && !Phrases.endsSentence(before)
					&& !before.endsWith(":") && !ListMarker.startsWithMarker(after)
					&& (Character.isLowerCase(after.codePointAt(0)) || before.endsWith("-") || before.endsWith(",")
							|| Phrases.words(before) > 6);
			if (!runsOn && !out.isEmpty()) {
				out.add("");
			}
			i = next;
		}
		return out;
	}

	/**
	 * "anonymi-" / "sation" becomes "anonymisation"; "multi-" / "agency" stays
	 * "multi-agency".
	 */
	static List<String> joinHyphenated(List<String> lines) {
		Set<String> words = new HashSet<>();
		for (String line : lines) {
			for (String word : line.toLowerCase(Locale.UK).split("[^\\p{L}-]+")) {
				words.add(word);
			}
		}
		List<String> out = new ArrayList<>(lines);
		for (int i = 0; i + 1 < out.size(); i++) {
			String line = out.get(i);
			String next = out.get(i + 1);
			Matcher end = HYPHENATED_END.matcher(line);
			String nextTrimmed = next.stripLeading();
			if (!end.find() || nextTrimmed.isEmpty() || !Character.isLowerCase(nextTrimmed.codePointAt(0))
					|| line.endsWith(" -") || line.endsWith("--")) {
				continue;
			}
			String tail = nextTrimmed.split("\\s+", 2)[0];
			String tailWord = tail.replaceAll("[^\\p{L}-].*$", "");
			String head = end.group(1);
			String joined = (head + tailWord).toLowerCase(Locale.UK);
			String hyphenated = (head + "-" + tailWord).toLowerCase(Locale.UK);
			String firstPart = tailWord.split("-", 2)[0].toLowerCase(Locale.UK);
			boolean compound = firstPart.length() <= 2 || COMPOUND_TAILS.contains(firstPart);
			boolean keepHyphen = (words.contains(hyphenated) && !words.contains(joined))
					|| (!words.contains(joined) && compound);
			String merged = line.substring(0, line.length() - 1) + (keepHyphen ? "-" : "") + tail;
			String rest = nextTrimmed.substring(tail.length()).strip();
			out.set(i, merged);
			if (rest.isEmpty()) {
				out.remove(i + 1);
			}
			else {
				int indent = next.length() - nextTrimmed.length();
				out.set(i + 1, " ".repeat(indent) + rest);
			}
		}
		return out;
	}

}

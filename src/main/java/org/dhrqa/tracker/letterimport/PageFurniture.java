package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pages add to a letter that is not the letter: page numbers, protective markings,
 * running headers and footers, and footnotes (kept aside, not lost). Pages are separated
 * by form feeds where the reader knew them.
 */
final class PageFurniture {

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

	private static final Pattern FOOTNOTE = Pattern.compile("^(\\d{1,2}|[*\u2020\u2021])\\s+\\S");

	private PageFurniture() {
	}

	/**
	 * Drops page numbers and protective markings standing on their own, and the lines
	 * that open or close two or more pages alike (running headers and footers). Where a
	 * page break falls inside a sentence, the text runs on; otherwise a blank line keeps
	 * the paragraphs apart.
	 */
	static List<String> remove(List<String> lines, List<String> footnotes) {
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
		Set<Integer> edges = new LinkedHashSet<>();
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

}

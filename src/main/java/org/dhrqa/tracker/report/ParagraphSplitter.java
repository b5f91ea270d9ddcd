package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.report.PageCleaner.Line;

/**
 * Splits a report's text, page by page as PDFBox read it, into its numbered paragraphs in
 * order. Text before the first number is kept as the front matter; unnumbered text (a
 * heading without a number, a table) stays with the paragraph before it; "(a)" sub-points
 * become paragraphs of their own ("16.2.7(a)"); words broken across lines are joined.
 */
final class ParagraphSplitter {

	private static final Pattern SUB_POINT = Pattern.compile("^\\(([a-z]{1,2}|[ivx]{1,5}|\\d{1,2})\\)\\s+(.*)$");

	private static final Pattern LETTER_SUB_POINT = Pattern.compile("^([a-z])\\)\\s+(.*)$");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

	/**
	 * Prefixes that make real compounds: "multi-" at the end of a line is "multi-agency",
	 * not "multiagency", unless the report spells the word without the hyphen elsewhere.
	 */
	private static final Set<String> COMPOUND_PREFIXES = Set.of("multi", "non", "self", "ex", "cross", "well", "inter",
			"anti", "semi", "long", "short", "high", "low", "full", "part", "follow", "post", "pre", "co", "sub",
			"over", "under", "one", "two", "three", "face", "so", "step", "half", "great", "mid", "all");

	private static final String SOFT_HYPHEN = "\u00AD";

	/**
	 * A number after a line that neither ended a sentence nor was short is probably in
	 * the middle of a sentence: it starts a paragraph only where it fits the numbering
	 * well.
	 */
	private static final double MID_SENTENCE_DOUBT = 0.8;

	private ParagraphSplitter() {
	}

	static List<ReportParagraph> split(List<List<String>> pages) {
		List<Line> lines = PageCleaner.clean(pages);
		int fullWidth = fullWidth(lines);
		List<Integer> candidateLines = new ArrayList<>();
		List<ParagraphNumber> candidates = new ArrayList<>();
		List<Double> doubts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ParagraphNumber number = candidate(lines.get(i).text());
			if (number != null) {
				candidateLines.add(i);
				candidates.add(number);
				doubts.add((i > 0 && !endsABlock(lines.get(i - 1).text(), fullWidth)) ? MID_SENTENCE_DOUBT : 0.0);
			}
		}
		int[] parts = NumberingChain.choose(candidates, doubts.stream().mapToDouble(Double::doubleValue).toArray());
		int[] startPart = new int[lines.size()];
		Arrays.fill(startPart, -1);
		for (int c = 0; c < candidates.size(); c++) {
			startPart[candidateLines.get(c)] = parts[c];
		}
		return new Assembly(lines, vocabulary(lines), fullWidth).run(startPart);
	}

	/**
	 * The number at the start of a line, if it could start a paragraph: the text after it
	 * does not start in lower case ("4.5 million") or with a digit after a plain number
	 * (a table row).
	 */
	private static ParagraphNumber candidate(String text) {
		Matcher matcher = ParagraphNumber.AT_LINE_START.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		String label = matcher.group(1);
		boolean dotted = !matcher.group(2).isEmpty();
		String rest = (matcher.group(3) != null) ? matcher.group(3) : "";
		if (label.startsWith("0")) {
			return null;
		}
		if (!rest.isEmpty()) {
			char first = rest.charAt(0);
			if (Character.isLowerCase(first) || "%)]/:,;-–".indexOf(first) >= 0) {
				return null;
			}
			if (!label.contains(".") && !dotted && Character.isDigit(first)) {
				return null;
			}
		}
		return ParagraphNumber.ofLabel(label);
	}

	static boolean endsABlock(String line, int fullWidth) {
		if (line.endsWith("-") || line.endsWith(SOFT_HYPHEN)) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		return ".:;?!)\"”’'".indexOf(last) >= 0 || line.length() < fullWidth * 3 / 4;
	}

	/** The length of a full line of body text: most lines are no longer. */
	private static int fullWidth(List<Line> lines) {
		int[] lengths = lines.stream().mapToInt((line) -> line.text().length()).sorted().toArray();
		if (lengths.length == 0) {
			return 0;
		}
		return lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
	}

	/** Every word the report uses, to tell "co-ordination" from "investi-gation". */
	private static Set<String> vocabulary(List<Line> lines) {
		Set<String> words = new HashSet<>();
		for (Line line : lines) {
			Matcher matcher = WORD.matcher(line.text());
			while (matcher.find()) {
				words.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	/** Builds the paragraphs from the lines once the paragraph starts are known. */
	private static final class Assembly {

		private final List<Line> lines;

		private final Set<String> vocabulary;

		private final int fullWidth;

		private final List<ReportParagraph> paragraphs = new ArrayList<>();

		private String number = "";

		private String parentNumber = "";

		private String title;

		private StringBuilder text = new StringBuilder();

		private int page = 1;

		private int part;

		private final SubPoints subPoints = new SubPoints();

		Assembly(List<Line> lines, Set<String> vocabulary, int fullWidth) {
			this.lines = lines;
			this.vocabulary = vocabulary;
			this.fullWidth = fullWidth;
		}

		List<ReportParagraph> run(int[] startPart) {
			for (int i = 0; i < this.lines.size(); i++) {
				Line line = this.lines.get(i);
				if (startPart[i] >= 0) {
					startNumbered(i, line, startPart);
					continue;
				}
				Matcher sub = subPoint(line.text());
				if (sub != null && !this.parentNumber.isEmpty()
						&& (i == 0 || endsABlock(this.lines.get(i - 1).text(), this.fullWidth)
								|| endsWithConjunction(this.lines.get(i - 1).text()))) {
					String key = this.subPoints.next(sub.group(1));
					if (key != null) {
						flush();
						this.number = this.parentNumber + key;
						this.page = line.page();
						append(sub.group(2));
						continue;
					}
				}
				if (this.number.isEmpty() && this.text.isEmpty()) {
					this.page = line.page();
				}
				append(line.text());
			}
			flush();
			return this.paragraphs;
		}

		private void startNumbered(int i, Line line, int[] startPart) {
			flush();
			Matcher matcher = ParagraphNumber.AT_LINE_START.matcher(line.text());
			matcher.matches();
			this.number = matcher.group(1);
			this.parentNumber = this.number;
			this.part = startPart[i];
			this.page = line.page();
			this.subPoints.reset();
			String rest = (matcher.group(3) != null) ? matcher.group(3) : "";
			if (!rest.isEmpty() && isHeading(line.text(), rest) && nextIsNewText(i, startPart)) {
				this.title = rest;
			}
			else {
				append(rest);
			}
		}

		/**
		 * What follows a heading is a new paragraph or a new sentence, not the rest of a
		 * sentence ("3.2 Ahmed was arrested on / 16.2.2021 and released").
		 */
		private boolean nextIsNewText(int i, int[] startPart) {
			if (i + 1 >= this.lines.size() || startPart[i + 1] >= 0) {
				return true;
			}
			char first = this.lines.get(i + 1).text().charAt(0);
			return Character.isUpperCase(first) || first == '(' || first == '•';
		}

		private boolean isHeading(String line, String rest) {
			char last = rest.charAt(rest.length() - 1);
			return line.length() < this.fullWidth * 3 / 4 && ".,;:!?".indexOf(last) < 0 && rest.split(" ").length <= 12;
		}

		private void append(String line) {
			if (line.isEmpty()) {
				return;
			}
			int length = this.text.length();
			if (length == 0) {
				this.text.append(line);
				return;
			}
			if (this.text.toString().endsWith(SOFT_HYPHEN)) {
				this.text.setLength(length - 1);
				this.text.append(line);
				return;
			}
			if (this.text.charAt(length - 1) == '-' && length >= 2 && Character.isLetter(this.text.charAt(length - 2))
					&& Character.isLowerCase(line.charAt(0))) {
				if (dropHyphen(lastWordBeforeHyphen(), firstWord(line))) {
					this.text.setLength(length - 1);
				}
				this.text.append(line);
				return;
			}
			this.text.append(' ').append(line);
		}

		private boolean dropHyphen(String before, String after) {
			String joined = (before + after).toLowerCase(Locale.ROOT);
			if (this.vocabulary.contains(joined)) {
				return true;
			}
			if (this.vocabulary.contains((before + "-" + after).toLowerCase(Locale.ROOT))) {
				return false;
			}
			return !COMPOUND_PREFIXES.contains(before.toLowerCase(Locale.ROOT));
		}

		private String lastWordBeforeHyphen() {
			int end = this.text.length() - 1;
			int start = end;
			while (start > 0 && Character.isLetter(this.text.charAt(start - 1))) {
				start--;
			}
			return this.text.substring(start, end);
		}

		private static String firstWord(String line) {
			int end = 0;
			while (end < line.length() && Character.isLetter(line.charAt(end))) {
				end++;
			}
			return line.substring(0, end);
		}

		private void flush() {
			String body = this.text.toString().replace(SOFT_HYPHEN, "").trim();
			if (!body.isEmpty() || this.title != null) {
				this.paragraphs.add(new ReportParagraph(this.number, this.title, body, this.page, this.part));
			}
			this.text = new StringBuilder();
			this.title = null;
		}

		private static Matcher subPoint(String line) {
			Matcher matcher = SUB_POINT.matcher(line);
			if (matcher.matches()) {
				return matcher;
			}
			matcher = LETTER_SUB_POINT.matcher(line);
			return matcher.matches() ? matcher : null;
		}

		private static boolean endsWithConjunction(String line) {
			return line.endsWith(" and") || line.endsWith(" or") || line.endsWith(",");
		}

	}

}

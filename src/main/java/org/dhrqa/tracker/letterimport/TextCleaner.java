package org.dhrqa.tracker.letterimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

	/** A lead byte of UTF-8 and its continuation bytes, as Windows-1252 shows them. */
	private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u20AC\\u201A\\u0192"
			+ "\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022"
			+ "\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]{1,3}");

	private static final Pattern HYPHENATED_END = Pattern.compile("(\\p{L}+)-$");

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
		lines = PageFurniture.remove(lines, footnotes);
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
					.decode(ByteBuffer.wrap(matcher.group().getBytes(windows)))
					.toString();
			}
			catch (CharacterCodingException ex) {
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

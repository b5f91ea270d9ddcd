package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a paragraph changed. The texts are cut into words, numbers ("16.2.7",
 * "£1.50") and single punctuation marks, compared with {@link Myers}, and put back
 * together with their spacing, so a changed full stop shows as just that.
 */
final class WordDiff {

	private static final Pattern TOKEN = Pattern
		.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+(?:[.,:/]\\p{N}+)*|\\S");

	private WordDiff() {
	}

	static TextChange of(String before, String after) {
		List<Token> old = tokens(before);
		List<Token> now = tokens(after);
		Map<String, Integer> ids = new HashMap<>();
		int[] a = old.stream().mapToInt((token) -> ids.computeIfAbsent(token.word(), (w) -> ids.size())).toArray();
		int[] b = now.stream().mapToInt((token) -> ids.computeIfAbsent(token.word(), (w) -> ids.size())).toArray();
		int[] matchOfA = Myers.match(a, b);
		boolean[] keptB = new boolean[b.length];
		boolean[] keptA = new boolean[a.length];
		for (int i = 0; i < a.length; i++) {
			if (matchOfA[i] >= 0) {
				keptA[i] = true;
				keptB[matchOfA[i]] = true;
			}
		}
		return new TextChange(segments(old, keptA, DiffSegment.Kind.REMOVED),
				segments(now, keptB, DiffSegment.Kind.ADDED));
	}

	/**
	 * Runs of kept and changed words. The space before a changed run stays outside it, so
	 * a highlight starts and ends on a word.
	 */
	private static List<DiffSegment> segments(List<Token> tokens, boolean[] kept, DiffSegment.Kind changed) {
		List<DiffSegment> segments = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		DiffSegment.Kind runKind = DiffSegment.Kind.SAME;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			DiffSegment.Kind kind = kept[i] ? DiffSegment.Kind.SAME : changed;
			if (kind != runKind) {
				if (kind == changed && token.spaceBefore()) {
					run.append(' ');
				}
				if (!run.isEmpty()) {
					segments.add(new DiffSegment(runKind, run.toString()));
				}
				run = new StringBuilder();
				runKind = kind;
				if (kind == DiffSegment.Kind.SAME && token.spaceBefore()) {
					run.append(' ');
				}
			}
			else if (token.spaceBefore()) {
				run.append(' ');
			}
			run.append(token.word());
		}
		if (!run.isEmpty()) {
			segments.add(new DiffSegment(runKind, run.toString()));
		}
		return segments;
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		int end = 0;
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.start() > end));
			end = matcher.end();
		}
		return tokens;
	}

	private record Token(String word, boolean spaceBefore) {

	}

}

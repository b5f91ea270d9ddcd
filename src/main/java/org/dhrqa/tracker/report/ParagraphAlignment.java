package org.dhrqa.tracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lines up the paragraphs of two versions. Paragraphs whose text is the same are kept
 * (even if renumbered, when a paragraph was inserted before them); between those, a
 * paragraph of the earlier version pairs with one of the later that has mostly its words
 * or its number, and is changed; the rest were removed or added.
 */
final class ParagraphAlignment {

	/** Share of words two paragraphs need in common to be the same paragraph edited. */
	private static final double SIMILAR = 0.5;

	/**
	 * Beyond this many candidate pairs (two versions with little in common) pairing goes
	 * by number only, so the page stays quick.
	 */
	private static final long MAX_SIMILARITY_PAIRS = 250_000;

	private ParagraphAlignment() {
	}

	record Result(List<ParagraphChange> changes, int unchanged, int renumbered) {

	}

	static Result align(List<ReportParagraph> before, List<ReportParagraph> after) {
		Map<String, Integer> ids = new HashMap<>();
		int[] a = before.stream().mapToInt((p) -> ids.computeIfAbsent(key(p), (k) -> ids.size())).toArray();
		int[] b = after.stream().mapToInt((p) -> ids.computeIfAbsent(key(p), (k) -> ids.size())).toArray();
		int[] match = Myers.match(a, b);
		List<ParagraphChange> changes = new ArrayList<>();
		int unchanged = 0;
		int renumbered = 0;
		int i = 0;
		int j = 0;
		while (i < before.size() || j < after.size()) {
			if (i < before.size() && match[i] >= 0 && match[i] == j) {
				unchanged++;
				if (!before.get(i).number().equals(after.get(j).number())) {
					renumbered++;
				}
				i++;
				j++;
				continue;
			}
			int iEnd = i;
			while (iEnd < before.size() && match[iEnd] < 0) {
				iEnd++;
			}
			int jEnd = (iEnd < before.size()) ? match[iEnd] : after.size();
			pair(before.subList(i, iEnd), after.subList(j, jEnd), changes);
			i = iEnd;
			j = jEnd;
		}
		return new Result(changes, unchanged, renumbered);
	}

	/**
	 * Pairs the paragraphs between two kept ones without crossing: first those that share
	 * most of their words (most alike first), then those left with the same number. Lists
	 * them in report order, a removed paragraph where it stood.
	 */
	private static void pair(List<ReportParagraph> before, List<ReportParagraph> after, List<ParagraphChange> changes) {
		TreeMap<Integer, Integer> pairs = new TreeMap<>();
		Set<Integer> pairedAfter = new HashSet<>();
		if ((long) before.size() * after.size() <= MAX_SIMILARITY_PAIRS) {
			List<Set<String>> beforeWords = before.stream().map((p) -> words(p.fullText())).toList();
			List<Set<String>> afterWords = after.stream().map((p) -> words(p.fullText())).toList();
			List<double[]> alike = new ArrayList<>();
			for (int i = 0; i < before.size(); i++) {
				for (int j = 0; j < after.size(); j++) {
					double similarity = similarity(beforeWords.get(i), afterWords.get(j));
					if (similarity >= SIMILAR) {
						alike.add(new double[] { similarity, i, j });
					}
				}
			}
			alike.sort(Comparator.comparingDouble((double[] pair) -> pair[0]).reversed());
			for (double[] pair : alike) {
				addIfOrdered(pairs, pairedAfter, (int) pair[1], (int) pair[2]);
			}
		}
		Map<String, Integer> byNumber = new HashMap<>();
		for (int i = before.size() - 1; i >= 0; i--) {
			if (!pairs.containsKey(i)) {
				byNumber.put(before.get(i).number(), i);
			}
		}
		for (int j = 0; j < after.size(); j++) {
			Integer i = byNumber.get(after.get(j).number());
			if (i != null) {
				addIfOrdered(pairs, pairedAfter, i, j);
			}
		}
		Map<Integer, Integer> partnerOfAfter = new HashMap<>();
		pairs.forEach((i, j) -> partnerOfAfter.put(j, i));
		int nextBefore = 0;
		for (int j = 0; j < after.size(); j++) {
			ReportParagraph now = after.get(j);
			Integer partner = partnerOfAfter.get(j);
			if (partner == null) {
				changes
					.add(new ParagraphChange(ParagraphChange.Kind.ADDED, null, now, TextChange.added(now.fullText())));
				continue;
			}
			for (; nextBefore < partner; nextBefore++) {
				changes.add(removed(before.get(nextBefore)));
			}
			ReportParagraph was = before.get(partner);
			changes.add(new ParagraphChange(ParagraphChange.Kind.CHANGED, was, now,
					WordDiff.of(was.fullText(), now.fullText())));
			nextBefore = partner + 1;
		}
		for (; nextBefore < before.size(); nextBefore++) {
			changes.add(removed(before.get(nextBefore)));
		}
	}

	/** Adds the pair unless it would cross one already made. */
	private static void addIfOrdered(TreeMap<Integer, Integer> pairs, Set<Integer> pairedAfter, int i, int j) {
		if (pairs.containsKey(i) || pairedAfter.contains(j)) {
			return;
		}
		Map.Entry<Integer, Integer> lower = pairs.lowerEntry(i);
		Map.Entry<Integer, Integer> higher = pairs.higherEntry(i);
		if ((lower != null && lower.getValue() > j) || (higher != null && higher.getValue() < j)) {
			return;
		}
		pairs.put(i, j);
		pairedAfter.add(j);
	}

	private static ParagraphChange removed(ReportParagraph was) {
		return new ParagraphChange(ParagraphChange.Kind.REMOVED, was, null, TextChange.removed(was.fullText()));
	}

	private static String key(ReportParagraph paragraph) {
		return paragraph.fullText();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Dice's coefficient of two sets of words. */
	private static double similarity(Set<String> one, Set<String> other) {
		if (one.isEmpty() && other.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String word : one) {
			if (other.contains(word)) {
				common++;
			}
		}
		return 2.0 * common / (one.size() + other.size());
	}

}

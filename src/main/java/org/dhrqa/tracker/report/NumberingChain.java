package org.dhrqa.tracker.report;

import java.util.Arrays;
import java.util.List;

/**
 * Decides which of the lines that start with a number really start a paragraph. Reports
 * number their paragraphs in order (16.2.6, 16.2.7, 16.3, 17, 17.1 ...), so of all the
 * candidates the right ones form the longest run in which each number plausibly follows
 * the one before. A number in a wrapped sentence ("in 2019 / 4.5 million"), a list inside
 * a paragraph ("1. Police 2. GP") or a date does not fit that run and is left as text.
 * Numbering may restart (an executive summary, then the overview report from 1.1 again),
 * at a cost, so a restart is chosen only when a long run follows it.
 */
final class NumberingChain {

	/** How far back a candidate looks for the number before it. */
	private static final int WINDOW = 400;

	private static final double NO_STEP = Double.NEGATIVE_INFINITY;

	private static final double RESTART_COST = 3.0;

	private static final double SKIPPED_NUMBER_COST = 0.6;

	private static final double NEW_LEVEL_COST = 0.3;

	private NumberingChain() {
	}

	/**
	 * The chosen candidates, given how doubtful each is as a paragraph start (0 for
	 * none): for each, the part of the report it belongs to (0, 1 ... after each
	 * restart), or -1 when it is not a paragraph start.
	 */
	static int[] choose(List<ParagraphNumber> candidates, double[] doubts) {
		int n = candidates.size();
		int[] parts = new int[n];
		Arrays.fill(parts, -1);
		if (n == 0) {
			return parts;
		}
		double[] best = new double[n];
		int[] previous = new int[n];
		boolean[] restart = new boolean[n];
		double bestSoFar = 0;
		int bestSoFarIndex = -1;
		for (int i = 0; i < n; i++) {
			int[] number = candidates.get(i).ordinal();
			double start = (candidates.get(i).startsAtOne() ? 1.0 : -1.0) - doubts[i];
			boolean continues = bestSoFarIndex >= 0 && bestSoFar - RESTART_COST > 0;
			best[i] = start + (continues ? bestSoFar - RESTART_COST : 0);
			previous[i] = continues ? bestSoFarIndex : -1;
			restart[i] = continues;
			for (int j = Math.max(0, i - WINDOW); j < i; j++) {
				double step = step(candidates.get(j).ordinal(), number);
				if (step != NO_STEP && best[j] + step - doubts[i] > best[i]) {
					best[i] = best[j] + step - doubts[i];
					previous[i] = j;
					restart[i] = false;
				}
			}
			if (best[i] > bestSoFar || bestSoFarIndex < 0) {
				bestSoFar = best[i];
				bestSoFarIndex = i;
			}
		}
		int end = bestSoFarIndex;
		int restarts = 0;
		for (int i = end; i >= 0; i = previous[i]) {
			if (restart[i]) {
				restarts++;
			}
		}
		int part = restarts;
		for (int i = end; i >= 0; i = previous[i]) {
			parts[i] = part;
			if (restart[i]) {
				part--;
			}
		}
		return parts;
	}

	/**
	 * How well {@code next} follows {@code previous}: 1 for the expected next number,
	 * less for a skipped number or an extra level, {@link #NO_STEP} when it cannot
	 * follow.
	 */
	static double step(int[] previous, int[] next) {
		int k = previous.length;
		int m = next.length;
		int same = 0;
		while (same < k && same < m && previous[same] == next[same]) {
			same++;
		}
		if (same == m) {
			return NO_STEP;
		}
		double score;
		if (same == k) {
			int first = next[k];
			if (first < 1 || first > 3) {
				return NO_STEP;
			}
			score = 1.0 - SKIPPED_NUMBER_COST * (first - 1);
		}
		else {
			int gap = next[same] - previous[same];
			if (gap < 1 || gap > 3) {
				return NO_STEP;
			}
			score = 1.0 - SKIPPED_NUMBER_COST * (gap - 1);
		}
		for (int level = same + 1; level < m; level++) {
			if (next[level] != 1) {
				return NO_STEP;
			}
			score -= NEW_LEVEL_COST;
		}
		return score;
	}

}

package org.dhrqa.tracker.report;

import java.util.Arrays;

/**
 * The shortest edit between two sequences (E. Myers, "An O(ND) difference algorithm and
 * its variations", 1986), in its linear-space form: search from both ends until the paths
 * meet, then solve the halves either side of that point. Time grows with the size of the
 * difference, not the product of the lengths, so two 300-page reports that differ in a
 * few paragraphs compare in milliseconds; memory stays proportional to their length.
 */
final class Myers {

	private final int[] a;

	private final int[] b;

	private final int[] matchOfA;

	private Myers(int[] a, int[] b) {
		this.a = a;
		this.b = b;
		this.matchOfA = new int[a.length];
		Arrays.fill(this.matchOfA, -1);
	}

	/**
	 * For each element of {@code a}, the index of the element of {@code b} it is kept as,
	 * or -1 when it is removed. Elements of {@code b} that nothing maps to are added.
	 */
	static int[] match(int[] a, int[] b) {
		Myers myers = new Myers(a, b);
		myers.compare(0, a.length, 0, b.length);
		return myers.matchOfA;
	}

	private void compare(int aLow, int aHigh, int bLow, int bHigh) {
		while (aLow < aHigh && bLow < bHigh && this.a[aLow] == this.b[bLow]) {
			this.matchOfA[aLow++] = bLow++;
		}
		while (aLow < aHigh && bLow < bHigh && this.a[aHigh - 1] == this.b[bHigh - 1]) {
			this.matchOfA[--aHigh] = --bHigh;
		}
		if (aLow == aHigh || bLow == bHigh) {
			return;
		}
		int[] split = split(aLow, aHigh, bLow, bHigh);
		if (split == null) {
			return;
		}
		compare(aLow, split[0], bLow, split[1]);
		compare(split[0], aHigh, split[1], bHigh);
	}

	/**
	 * A point on a shortest edit of a[aLow..aHigh) into b[bLow..bHigh), where the paths
	 * searched from both ends meet: {x, y} in absolute indexes. Null only if the
	 * sequences share nothing to keep.
	 */
	private int[] split(int aLow, int aHigh, int bLow, int bHigh) {
		int n = aHigh - aLow;
		int m = bHigh - bLow;
		int maxD = (n + m + 1) / 2;
		int offset = maxD;
		int length = 2 * maxD + 2;
		int[] forward = new int[length];
		int[] backward = new int[length];
		Arrays.fill(forward, -1);
		Arrays.fill(backward, -1);
		forward[offset + 1] = 0;
		backward[offset + 1] = 0;
		int delta = n - m;
		boolean odd = (delta & 1) != 0;
		int forwardStart = 0;
		int forwardEnd = 0;
		int backwardStart = 0;
		int backwardEnd = 0;
		for (int d = 0; d < maxD; d++) {
			for (int k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
				int index = offset + k;
				int x = (k == -d || (k != d && forward[index - 1] < forward[index + 1])) ? forward[index + 1]
						: forward[index - 1] + 1;
				int y = x - k;
				while (x < n && y < m && this.a[aLow + x] == this.b[bLow + y]) {
					x++;
					y++;
				}
				forward[index] = x;
				if (x > n) {
					forwardEnd += 2;
				}
				else if (y > m) {
					forwardStart += 2;
				}
				else if (odd) {
					int other = offset + delta - k;
					if (other >= 0 && other < length && backward[other] != -1 && x >= n - backward[other]) {
						return new int[] { aLow + x, bLow + y };
					}
				}
			}
			for (int k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
				int index = offset + k;
				int x = (k == -d || (k != d && backward[index - 1] < backward[index + 1])) ? backward[index + 1]
						: backward[index - 1] + 1;
				int y = x - k;
				while (x < n && y < m && this.a[aHigh - 1 - x] == this.b[bHigh - 1 - y]) {
					x++;
					y++;
				}
				backward[index] = x;
				if (x > n) {
					backwardEnd += 2;
				}
				else if (y > m) {
					backwardStart += 2;
				}
				else if (!odd) {
					int other = offset + delta - k;
					if (other >= 0 && other < length && forward[other] != -1) {
						int forwardX = forward[other];
						int forwardY = offset + forwardX - other;
						if (forwardX >= n - x) {
							return new int[] { aLow + forwardX, bLow + forwardY };
						}
					}
				}
			}
		}
		return null;
	}

}

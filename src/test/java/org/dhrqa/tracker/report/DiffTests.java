package org.dhrqa.tracker.report;

import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The word-level diff and the Myers algorithm under it. */
class DiffTests {

	@Test
	void myersKeepsALongestCommonSubsequenceOfRandomSequences() {
		Random random = new Random(16);
		for (int run = 0; run < 2000; run++) {
			int[] a = random.ints(random.nextInt(40), 0, 1 + random.nextInt(6)).toArray();
			int[] b = random.ints(random.nextInt(40), 0, 1 + random.nextInt(6)).toArray();
			int[] match = Myers.match(a, b);
			int kept = 0;
			int lastB = -1;
			for (int i = 0; i < a.length; i++) {
				if (match[i] >= 0) {
					assertThat(b[match[i]]).isEqualTo(a[i]);
					assertThat(match[i]).isGreaterThan(lastB);
					lastB = match[i];
					kept++;
				}
			}
			assertThat(kept).as("kept of %s and %s", java.util.Arrays.toString(a), java.util.Arrays.toString(b))
				.isEqualTo(lcsLength(a, b));
		}
	}

	@Test
	void myersOnLongSequencesWithFewChangesIsFast() {
		int[] a = new int[200_000];
		for (int i = 0; i < a.length; i++) {
			a[i] = i;
		}
		int[] b = a.clone();
		b[50_000] = -1;
		b[150_000] = -2;
		long start = System.nanoTime();
		int[] match = Myers.match(a, b);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
		assertThat(match[50_000]).isEqualTo(-1);
		assertThat(match[150_001]).isEqualTo(150_001);
	}

	@Test
	void changedWordsAreMarkedAndSpacesStayOutsideTheMarks() {
		TextChange change = WordDiff.of("On 3 February 2021 Adam told his GP that he was worried.",
				"On 3 February 2021 Ahmed told his GP that he was very worried.");

		assertThat(change.changed()).isTrue();
		assertThat(change.before()).extracting(DiffSegment::kind, DiffSegment::text)
			.containsExactly(tuple(DiffSegment.Kind.SAME, "On 3 February 2021 "),
					tuple(DiffSegment.Kind.REMOVED, "Adam"),
					tuple(DiffSegment.Kind.SAME, " told his GP that he was worried."));
		assertThat(change.after()).extracting(DiffSegment::kind, DiffSegment::text)
			.containsExactly(tuple(DiffSegment.Kind.SAME, "On 3 February 2021 "),
					tuple(DiffSegment.Kind.ADDED, "Ahmed"), tuple(DiffSegment.Kind.SAME, " told his GP that he was "),
					tuple(DiffSegment.Kind.ADDED, "very"), tuple(DiffSegment.Kind.SAME, " worried."));
	}

	@Test
	void eachSideReadsBackAsItsOwnText() {
		String before = "The panel, in 2019, spent £1.50 per head; 16.2.7 was \"unclear\" (see below).";
		String after = "The panel in 2020 spent £1.75 per head: 16.2.8 was clear (see above)!";
		TextChange change = WordDiff.of(before, after);

		assertThat(change.before().stream().map(DiffSegment::text).collect(Collectors.joining())).isEqualTo(before);
		assertThat(change.after().stream().map(DiffSegment::text).collect(Collectors.joining())).isEqualTo(after);
		assertThat(change.before()).filteredOn(DiffSegment::isRemoved)
			.extracting(DiffSegment::text)
			.containsExactly(",", "2019,", "1.50", "; 16.2.7", "\"unclear\"", "below", ".");
	}

	@Test
	void theSameTextIsNotAChange() {
		assertThat(WordDiff.of("Nothing changed here.", "Nothing changed here.").changed()).isFalse();
	}

	private static int lcsLength(int[] a, int[] b) {
		int[][] table = new int[a.length + 1][b.length + 1];
		for (int i = 1; i <= a.length; i++) {
			for (int j = 1; j <= b.length; j++) {
				table[i][j] = (a[i - 1] == b[j - 1]) ? table[i - 1][j - 1] + 1
						: Math.max(table[i - 1][j], table[i][j - 1]);
			}
		}
		return table[a.length][b.length];
	}

}

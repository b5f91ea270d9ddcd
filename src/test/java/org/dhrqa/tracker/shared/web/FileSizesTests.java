package org.dhrqa.tracker.shared.web;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSizesTests {

	private static final long MB = 1024 * 1024;

	@Test
	void sizesBelowAMegabyteAreWholeKilobytesAndNeverZero() {
		assertThat(FileSizes.text(0)).isEqualTo("1 KB");
		assertThat(FileSizes.text(1023)).isEqualTo("1 KB");
		assertThat(FileSizes.text(2048)).isEqualTo("2 KB");
		assertThat(FileSizes.text(MB - 1)).isEqualTo("1023 KB");
		assertThat(FileSizes.text(MB)).isEqualTo("1.0 MB");
	}

	@Test
	void megabytesRoundHalfUpToOneDecimal() {
		assertThat(FileSizes.megabytes(MB / 4)).isEqualTo("0.3 MB");
		assertThat(FileSizes.megabytes(MB / 4 - 1)).isEqualTo("0.2 MB");
		assertThat(FileSizes.megabytes(20 * MB - 1)).isEqualTo("20.0 MB");
		assertThat(FileSizes.megabytes(19 * MB + MB * 19 / 20 - 1)).isEqualTo("19.9 MB");
		assertThat(FileSizes.megabytes(1234 * MB)).isEqualTo("1234.0 MB");
	}

	@Test
	void readsAsTheFormatterItReplacesDid() {
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 20_000; i++) {
			long bytes = (i < 10_000) ? random.nextLong(0, 64 * MB)
					: (random.nextLong(0, 640) * MB / 20 + random.nextLong(-2, 3));
			bytes = Math.max(0, bytes);
			String expected = (bytes >= MB) ? String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0))
					: String.format(Locale.UK, "%d KB", Math.max(1, bytes / 1024));
			assertThat(FileSizes.text(bytes)).as("%d bytes", bytes).isEqualTo(expected);
			assertThat(FileSizes.megabytes(bytes)).as("%d bytes", bytes)
				.isEqualTo(String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0)));
		}
	}

}

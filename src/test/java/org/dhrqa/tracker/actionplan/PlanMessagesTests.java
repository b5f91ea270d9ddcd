package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's sentences with numbers in them ("1 action", "3 actions") are message
 * formats: a broken one would fail only when a page first shows it.
 */
class PlanMessagesTests {

	@Test
	void everyPlanAndImportMessageFormatsWithNumbers() throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages.properties")),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		List<String> broken = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			if (!key.startsWith("plan.") && !key.startsWith("import.") && !key.startsWith("annex.")) {
				continue;
			}
			try {
				for (int n : new int[] { 0, 1, 2, 2000 }) {
					new MessageFormat(messages.getProperty(key), Locale.UK).format(new Object[] { n, n, n, n });
				}
			}
			catch (IllegalArgumentException ex) {
				broken.add(key + ": " + ex.getMessage());
			}
		}
		assertThat(broken).isEmpty();
	}

}

package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fragment is never named after an HTML element. Thymeleaf reads {@code ~{t :: table}}
 * as a markup selector: it inserts the fragment called "table" and every other {@code
 *
<table>
 * } of the template too. The item lists were shown twice that way, the second time in
 * Awaiting verification's table.
 */
class FragmentNamesTests {

	private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"([A-Za-z][\\w-]*)");

	@Test
	void noFragmentIsNamedAfterAnElement() throws IOException {
		List<String> clashes = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher fragment = FRAGMENT.matcher(Files.readString(template));
				while (fragment.find()) {
					String name = fragment.group(1);
					if (Tag.isKnownTag(name)) {
						clashes.add(template + ": " + name);
					}
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

}

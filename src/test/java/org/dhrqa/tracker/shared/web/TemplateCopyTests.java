package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All copy lives in messages.properties: a template may hold no words of its own, and
 * every message key it names must exist.
 */
class TemplateCopyTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[(}]");

	private static final List<String> WORDY_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (!text.text().isBlank()) {
						problems.add(TEMPLATES.relativize(template) + ": text \"" + text.text().trim() + "\"");
					}
				}
				for (String attribute : WORDY_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
			}
		}
		assertThat(problems).as("move these words to messages.properties").isEmpty();
	}

	/**
	 * th:replace runs before th:if on the same element, so the condition would be
	 * silently ignored.
	 */
	@Test
	void noConditionSitsBesideAFragmentReplacement() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				if ((element.hasAttr("th:replace") || element.hasAttr("th:insert"))
						&& (element.hasAttr("th:if") || element.hasAttr("th:unless") || element.hasAttr("th:each")
								|| element.hasAttr("sec:authorize"))) {
					problems.add(TEMPLATES.relativize(template) + ": " + element.tagName() + " "
							+ element.attr("th:replace"));
				}
			}
		}
		assertThat(problems).as("wrap these in <th:block th:if=...>").isEmpty();
	}

	@Test
	void everyMessageKeyInATemplateExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A key defined twice silently takes the last value: one of the two pages shows the
	 * wrong words.
	 */
	@Test
	void noMessageKeyIsDefinedTwice() throws IOException {
		List<String> seen = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
				continue;
			}
			String key = line.substring(0, line.indexOf('=')).trim();
			if (seen.contains(key)) {
				duplicates.add(key);
			}
			seen.add(key);
		}
		assertThat(duplicates).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}

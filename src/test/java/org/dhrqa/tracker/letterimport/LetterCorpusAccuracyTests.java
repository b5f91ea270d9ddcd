package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the parser on every letter of the corpus (src/test/resources/letter-corpus,
 * with the expected result beside each letter), on the seed letter, and on the seed
 * letter made into a PDF and a Word document here. Prints field and item accuracy per
 * letter and overall. The bar: the outcome right for every letter, and the items right
 * (same count, same text once whitespace is normalised) for at least nine letters in ten.
 */
class LetterCorpusAccuracyTests {

	static final Path CORPUS = Path.of("src/test/resources/letter-corpus");

	static final List<String> FIELDS = List.of("letterDate", "meetingDate", "csp", "victimPseudonyms", "outcome",
			"heading");

	private final JsonMapper json = JsonMapper.builder().build();

	/** A letter to measure: its name, its bytes, and what the parser should find. */
	record Case(String name, byte[] content, JsonNode expected) {

	}

	/** How one letter fared. */
	record Result(String name, int fieldsRight, List<String> wrongFields, boolean outcomeRight, boolean itemsRight,
			int itemsExpected, int itemsFound, int itemTextsRight, int refsRight) {

	}

	@Test
	void theParserReadsTheCorpusAccurately() throws IOException {
		List<Case> cases = cases();
		assertThat(cases).as("letters in the corpus").hasSizeGreaterThanOrEqualTo(3);
		List<Result> results = new ArrayList<>();
		for (Case letter : cases) {
			results.add(measure(letter));
		}
		print(results);
		assertThat(results.stream().filter((result) -> !result.outcomeRight()).map(Result::name))
			.as("letters whose outcome was read wrongly")
			.isEmpty();
		long itemsRight = results.stream().filter(Result::itemsRight).count();
		assertThat(itemsRight * 10).as("letters with every item right: %d of %d", itemsRight, results.size())
			.isGreaterThanOrEqualTo(results.size() * 9L);
	}

	private List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		if (Files.isDirectory(CORPUS)) {
			try (Stream<Path> files = Files.list(CORPUS)) {
				for (Path expected : files.filter((file) -> file.toString().endsWith(".expected.json"))
					.sorted()
					.toList()) {
					String name = expected.getFileName().toString().replace(".expected.json", "");
					Path letter = letterFile(name);
					if (letter != null) {
						cases.add(new Case(letter.getFileName().toString(), Files.readAllBytes(letter),
								this.json.readTree(expected.toFile())));
					}
				}
			}
		}
		JsonNode seedExpected = seedExpected();
		byte[] seed = Files.readAllBytes(SeedLetterTests.SEED);
		String seedText = SeedLetterTests.seed();
		cases.add(new Case("letters/salome-2024-08-07.txt", seed, seedExpected));
		cases.add(new Case("salome made into a PDF here", LetterFixtures.pdf(seedText), seedExpected));
		cases.add(new Case("salome made into Word here", LetterFixtures.docx(seedText), seedExpected));
		return cases;
	}

	private static Path letterFile(String name) {
		for (String extension : List.of(".txt", ".pdf", ".docx")) {
			Path candidate = CORPUS.resolve(name + extension);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The seed letter's expected result: the corpus's, or the letter as issued. */
	private JsonNode seedExpected() throws IOException {
		Path corpusSeed = CORPUS.resolve("salome-2024-08-07.expected.json");
		if (Files.exists(corpusSeed)) {
			return this.json.readTree(corpusSeed.toFile());
		}
		return this.json.readTree("""
				{"letterDate":"2024-08-07","meetingDate":"2024-06-19",
				 "csp":"Kent & Medway Community Safety Partnership","victimPseudonyms":["Salome"],
				 "outcome":"APPROVED_SUBJECT_TO_CHANGES","heading":"Areas for final development:",
				 "items":[{"text":"In 16.2.7 Ahmed is referred to by another name.","sectionRef":"16.2.7"}]}
				""");
	}

	private Result measure(Case letter) {
		ParsedLetter parsed;
		try {
			LetterFiles.LetterText text = LetterFiles.read(letter.content());
			parsed = new LetterParser(List.of()).parse(text.text(), text.layout());
		}
		catch (UnreadableLetterException ex) {
			return new Result(letter.name(), 0, FIELDS, false, false, letter.expected().get("items").size(), 0, 0, 0);
		}
		JsonNode actual = this.json.valueToTree(parsed);
		List<String> wrong = new ArrayList<>();
		for (String field : FIELDS) {
			if (!Objects.equals(normalise(letter.expected().get(field)), normalise(actual.get(field)))) {
				wrong.add(field + ": expected " + letter.expected().get(field) + " but read " + actual.get(field));
			}
		}
		JsonNode expectedItems = letter.expected().get("items");
		int textsRight = 0;
		int refsRight = 0;
		for (int i = 0; i < Math.min(expectedItems.size(), parsed.items().size()); i++) {
			String expectedText = whitespace(expectedItems.get(i).get("text").asString());
			if (expectedText.equals(whitespace(parsed.items().get(i).text()))) {
				textsRight++;
			}
			else {
				wrong.add("item " + (i + 1) + ": expected \"" + expectedText + "\" but read \""
						+ whitespace(parsed.items().get(i).text()) + "\"");
			}
			JsonNode expectedRef = expectedItems.get(i).get("sectionRef");
			String ref = (expectedRef == null || expectedRef.isNull()) ? null : expectedRef.asString();
			if (Objects.equals(ref, parsed.items().get(i).sectionRef())) {
				refsRight++;
			}
			else {
				wrong.add("ref " + (i + 1) + ": expected " + ref + " but read " + parsed.items().get(i).sectionRef());
			}
		}
		boolean itemsRight = expectedItems.size() == parsed.items().size() && textsRight == expectedItems.size();
		if (expectedItems.size() != parsed.items().size()) {
			wrong.add("items: expected " + expectedItems.size() + " but read " + parsed.items().size());
		}
		boolean outcomeRight = Objects.equals(letter.expected().get("outcome").asString(),
				String.valueOf(parsed.outcome()));
		int fieldsRight = FIELDS.size() - (int) wrong.stream().filter((w) -> FIELDS.contains(w.split(":")[0])).count();
		return new Result(letter.name(), fieldsRight, wrong, outcomeRight, itemsRight, expectedItems.size(),
				parsed.items().size(), textsRight, refsRight);
	}

	private static Object normalise(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			List<String> values = new ArrayList<>();
			node.forEach((value) -> values.add(whitespace(value.asString())));
			return values;
		}
		return whitespace(node.asString());
	}

	static String whitespace(String text) {
		return (text == null) ? null : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
	}

	private static void print(List<Result> results) {
		StringBuilder out = new StringBuilder("\nLetter parser accuracy\n");
		out.append(String.format(Locale.UK, "%-42s %7s %8s %6s %10s %6s%n", "letter", "fields", "outcome", "items",
				"texts", "refs"));
		int fields = 0;
		int texts = 0;
		int refs = 0;
		int expectedItems = 0;
		for (Result result : results) {
			out.append(String.format(Locale.UK, "%-42s %4d/%d %8s %6s %5d/%-4d %3d/%-3d%n", result.name(),
					result.fieldsRight(), FIELDS.size(), result.outcomeRight() ? "right" : "WRONG",
					result.itemsRight() ? "right" : "WRONG", result.itemTextsRight(), result.itemsExpected(),
					result.refsRight(), result.itemsExpected()));
			for (String wrong : result.wrongFields()) {
				out.append("      ").append(wrong).append('\n');
			}
			fields += result.fieldsRight();
			texts += result.itemTextsRight();
			refs += result.refsRight();
			expectedItems += result.itemsExpected();
		}
		long outcomes = results.stream().filter(Result::outcomeRight).count();
		long items = results.stream().filter(Result::itemsRight).count();
		out.append(String.format(Locale.UK,
				"Overall: fields %.1f%% (%d/%d), outcome %d/%d, letters with all items right %d/%d (%.1f%%), "
						+ "item texts %d/%d, section refs %d/%d%n",
				100.0 * fields / (results.size() * FIELDS.size()), fields, results.size() * FIELDS.size(), outcomes,
				results.size(), items, results.size(), 100.0 * items / results.size(), texts, expectedItems, refs,
				expectedItems));
		System.out.println(out);
	}

}

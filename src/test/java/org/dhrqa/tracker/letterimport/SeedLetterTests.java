package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.letter.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The real letter of 7 August 2024, as text. */
class SeedLetterTests {

	static final Path SEED = Path.of("src/test/resources/letters/salome-2024-08-07.txt");

	static String seed() throws IOException {
		return Files.readString(SEED, StandardCharsets.UTF_8);
	}

	@Test
	void readsEveryFieldOfTheSeedLetter() throws IOException {
		assertSeed(new LetterParser(List.of()).parse(seed(), null));
	}

	@Test
	void readsTheSeedLetterAsAWordDocument() throws IOException {
		LetterFiles.LetterText text = LetterFiles.read(LetterFixtures.docx(seed()));
		assertSeed(new LetterParser(List.of()).parse(text.text(), text.layout()));
	}

	@Test
	void readsTheSeedLetterAsAPdf() throws IOException {
		LetterFiles.LetterText text = LetterFiles.read(LetterFixtures.pdf(seed()));
		assertSeed(new LetterParser(List.of()).parse(text.text(), text.layout()));
	}

	private static void assertSeed(ParsedLetter letter) {
		assertThat(letter.letterDate()).isEqualTo(LocalDate.of(2024, 8, 7));
		assertThat(letter.meetingDate()).isEqualTo(LocalDate.of(2024, 6, 19));
		assertThat(letter.csp()).isEqualTo("Kent & Medway Community Safety Partnership");
		assertThat(letter.victimPseudonyms()).containsExactly("Salome");
		assertThat(letter.outcome()).isEqualTo(Outcome.APPROVED_SUBJECT_TO_CHANGES);
		assertThat(letter.heading()).isEqualTo("Areas for final development:");
		assertThat(letter.items()).hasSize(7);
		assertThat(letter.items().get(0).text()).isEqualTo("In 16.2.7 Ahmed is referred to by another name.");
		assertThat(letter.items().get(0).sectionRef()).isEqualTo("16.2.7");
		assertThat(letter.items().get(3).sectionRef()).isEqualTo("1.4");
		assertThat(letter.items().stream().map(ParsedLetter.ParsedItem::sectionRef)).containsExactly("16.2.7", null,
				null, "1.4", null, null, null);
		assertThat(letter.strengths()).hasSize(3);
		assertThat(letter.unplaced()).isEmpty();
	}

}

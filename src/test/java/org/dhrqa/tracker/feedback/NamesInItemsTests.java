package org.dhrqa.tracker.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names a letter's items say are wrong. */
class NamesInItemsTests {

	@Test
	void aNameReferredToByAnotherName() {
		assertThat(NamesInItems.namesIn("In 16.2.7 Ahmed is referred to by another name.", true))
			.containsExactly("Ahmed");
		assertThat(NamesInItems.namesIn("Salome's mother is called by a different name in 4.2.", true)).isEmpty();
	}

	@Test
	void aQuotedNameTheReportUses() {
		assertThat(NamesInItems.namesIn("In 5.3 Ahmed is referred to as 'Adam'.", false)).containsExactly("Adam");
		assertThat(NamesInItems.namesIn("Replace \u201cJohn Smith\u201d with the pseudonym \u2018Ahmed\u2019.", true))
			.containsExactly("John Smith", "Ahmed");
		assertThat(NamesInItems.namesIn("The 'Domestic' section is \u201cunclear\u201d.", false)).isEmpty();
	}

}

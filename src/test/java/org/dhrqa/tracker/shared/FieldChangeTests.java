package org.dhrqa.tracker.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.shared.history.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangeTests {

	@Test
	void listsOnlyTheFieldsThatDiffer() {
		Map<String, String> before = new LinkedHashMap<>();
		before.put("a", "1");
		before.put("b", "2");
		before.put("c", null);
		Map<String, String> after = new LinkedHashMap<>();
		after.put("a", "1");
		after.put("b", "3");
		after.put("c", "new");

		assertThat(FieldChange.between(before, after)).containsExactly(new FieldChange("b", "2", "3"),
				new FieldChange("c", null, "new"));
	}

	@Test
	void treatsBlankAsEmpty() {
		assertThat(FieldChange.between(Map.of("a", " "), Map.of())).isEmpty();
	}

}

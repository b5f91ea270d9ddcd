package org.dhrqa.tracker.shared.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a record changing from one value to another, both as the user saw them.
 */
public record FieldChange(String field, String oldValue, String newValue) {

	/**
	 * The fields whose value differs between two snapshots, in the order of
	 * {@code after}. Keys are the message keys of the field labels, so history reads in
	 * the words of the form.
	 */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		Map<String, String> all = new LinkedHashMap<>(after);
		before.keySet().forEach((key) -> all.putIfAbsent(key, null));
		all.forEach((field, ignored) -> {
			String oldValue = blankToNull(before.get(field));
			String newValue = blankToNull(after.get(field));
			if (!Objects.equals(oldValue, newValue)) {
				changes.add(new FieldChange(field, oldValue, newValue));
			}
		});
		return changes;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}

package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * The cells of a spreadsheet row as text, the way every part of the import reads them.
 */
final class PlanCells {

	private PlanCells() {
	}

	static Object cell(List<Object> cells, Integer index) {
		return (index != null && index < cells.size() && cells.get(index) != null) ? cells.get(index) : "";
	}

	static String text(Object value) {
		String text = (value == null) ? "" : PlanText.withoutControlCharacters(value.toString()).trim();
		// our CSV export protects cells that spreadsheets would run as formulas with an
		// apostrophe
		if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	static String display(Object value) {
		return (value instanceof LocalDate date) ? PlanDates.show(date) : text(value);
	}

	static boolean blank(List<Object> cells) {
		return cells.stream().allMatch((cell) -> text(cell).isEmpty());
	}

}

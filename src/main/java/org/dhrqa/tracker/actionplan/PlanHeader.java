package org.dhrqa.tracker.actionplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the row of headings in a spreadsheet and what each column holds. Real plans often
 * carry a title line or two (the review's name, "Action plan", a date) above the template
 * headings, so the headings are looked for within the first rows rather than taken to be
 * the first.
 */
final class PlanHeader {

	/** How far down a spreadsheet its headings may start. */
	static final int SEARCH_ROWS = 10;

	enum Column {

		RECOMMENDATION, SCOPE, ACTION, LEAD, MILESTONES, TARGET, COMPLETION, STATUS, ADDRESSED_TO

	}

	static final List<Column> REQUIRED = List.of(Column.RECOMMENDATION, Column.ACTION, Column.LEAD);

	/** The row index of the headings, and which cell holds which column. */
	record Found(int rowIndex, Map<Column, Integer> columns) {

		boolean complete() {
			return this.columns.keySet().containsAll(REQUIRED);
		}

		Integer index(Column column) {
			return this.columns.get(column);
		}

	}

	private PlanHeader() {
	}

	/**
	 * The first row within {@link #SEARCH_ROWS} that names every required column; else
	 * the first non-blank row (so the problem can say which column is missing); null for
	 * an empty table.
	 */
	static Found find(List<List<Object>> table) {
		Found firstNonBlank = null;
		for (int i = 0; i < Math.min(table.size(), SEARCH_ROWS); i++) {
			if (PlanCells.blank(table.get(i))) {
				continue;
			}
			Found candidate = new Found(i, columns(table.get(i)));
			if (candidate.complete()) {
				return candidate;
			}
			if (firstNonBlank == null) {
				firstNonBlank = candidate;
			}
		}
		if (firstNonBlank == null) {
			for (int i = SEARCH_ROWS; i < table.size(); i++) {
				if (!PlanCells.blank(table.get(i))) {
					return new Found(i, columns(table.get(i)));
				}
			}
		}
		return firstNonBlank;
	}

	private static Map<Column, Integer> columns(List<Object> header) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			Column column = column(PlanCells.text(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns;
	}

	// the order matters: "Key milestones achieved in enacting recommendation" is
	// milestones
	private static Column column(String name) {
		if (name.isEmpty() || name.contains("implementationupdate")) {
			return null;
		}
		if (name.contains("scope")) {
			return Column.SCOPE;
		}
		if (name.contains("milestone")) {
			return Column.MILESTONES;
		}
		if (name.contains("target")) {
			return Column.TARGET;
		}
		if (name.contains("completion") || name.contains("outcome")) {
			return Column.COMPLETION;
		}
		if (name.contains("lead") || name.contains("agency")) {
			return Column.LEAD;
		}
		if (name.startsWith("action") || name.contains("actiontotake")) {
			return Column.ACTION;
		}
		if (name.contains("addressed")) {
			return Column.ADDRESSED_TO;
		}
		if (name.equals("status")) {
			return Column.STATUS;
		}
		if (name.contains("recommend") || name.contains("recomend")) {
			return Column.RECOMMENDATION;
		}
		return null;
	}

}

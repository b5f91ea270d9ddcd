package org.dhrqa.tracker.shared.web;

/** Cells of the CSV files the service writes. */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * Spreadsheets run cells that start with = + - @ (or a tab or carriage return) as
	 * formulas; a leading apostrophe keeps what a person typed as text.
	 */
	public static String safe(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}

package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.actionplan.PlanHeader.Column;

/**
 * Reads an action plan laid out in the Home Office template columns, from CSV or XLSX,
 * the way real spreadsheets arrive: title lines above the headings, headings in any case
 * and spelling close to the template, dates written in the usual ways or as Excel date
 * cells. Every row is checked and every problem reported with its row number; nothing is
 * kept until a clean preview is confirmed. The work is shared by {@link PlanFileReader}
 * (the file), {@link PlanHeader} (the headings), {@link PlanRowParser} (the rows) and
 * {@link PlanDates} (the dates).
 */
final class PlanImport {

	/** The Home Office action plan template, in order. */
	public static final List<String> TEMPLATE_COLUMNS = List.of("Recommendation", "Scope of recommendation",
			"Action to take", "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
			"Date of completion and outcome");

	/**
	 * Written after the template columns by our export, so a plan survives the round
	 * trip.
	 */
	public static final List<String> EXTRA_COLUMNS = List.of("Status", "Addressed to");

	/**
	 * The dated implementation updates, last in the export: for reading, not imported (an
	 * update is a record of who said what on a day, not a cell to copy).
	 */
	public static final String UPDATES_COLUMN = "Implementation updates";

	/** Rows of actions in one file, unless the service is configured otherwise. */
	public static final int DEFAULT_MAX_ROWS = 2000;

	/**
	 * A problem found, as a message key and its arguments; line 0 means the file as a
	 * whole.
	 */
	public record Problem(int line, String key, List<Object> arguments) {

	}

	/** A row read from the file: what it said, and what it means when it is clean. */
	public record Row(int line, List<String> cells, String recommendationNumber, String recommendationText,
			boolean startsRecommendation, Scope scope, String addressedTo, ActionDetails details, boolean statusGiven) {

		public boolean recommendationOnly() {
			return this.details == null;
		}

		/** The recommendation as the spreadsheet wrote it: "3. Train GPs". */
		public String recommendation() {
			return (this.recommendationNumber != null) ? this.recommendationNumber + ". " + this.recommendationText
					: this.recommendationText;
		}

	}

	public record Preview(List<Row> rows, List<Problem> problems) {

		public boolean clean() {
			return this.problems.isEmpty() && !this.rows.isEmpty();
		}

		public long actionCount() {
			return this.rows.stream().filter((row) -> !row.recommendationOnly()).count();
		}

		public List<Problem> problemsOf(int line) {
			return this.problems.stream().filter((problem) -> problem.line() == line).toList();
		}

		public boolean hasProblem(String key) {
			return this.problems.stream().anyMatch((problem) -> problem.key().equals(key));
		}

	}

	private PlanImport() {
	}

	public static Preview read(InputStream in, String filename) throws IOException {
		return read(in, filename, DEFAULT_MAX_ROWS);
	}

	/**
	 * Reads at most {@code maxRows} rows of actions; a longer file is refused as a whole
	 * without being read to its end.
	 */
	public static Preview read(InputStream in, String filename, int maxRows) throws IOException {
		// room for title lines, headings and the odd blank row; more than that is too
		// long
		PlanFileReader.Table table = PlanFileReader.read(in, filename, 2 * maxRows + PlanHeader.SEARCH_ROWS + 1);
		if (table.truncated()) {
			return new Preview(List.of(), List.of(new Problem(0, "import.tooManyRows", List.of(maxRows))));
		}
		return PlanRowParser.parse(table.rows(), maxRows);
	}

	static Preview interpret(List<List<Object>> table) {
		return PlanRowParser.parse(table, Integer.MAX_VALUE);
	}

	static LocalDate date(Object value) {
		return PlanDates.parse(value);
	}

	static String columnName(Column column) {
		return switch (column) {
			case RECOMMENDATION -> TEMPLATE_COLUMNS.get(0);
			case SCOPE -> TEMPLATE_COLUMNS.get(1);
			case ACTION -> TEMPLATE_COLUMNS.get(2);
			case LEAD -> TEMPLATE_COLUMNS.get(3);
			case MILESTONES -> TEMPLATE_COLUMNS.get(4);
			case TARGET -> TEMPLATE_COLUMNS.get(5);
			case COMPLETION -> TEMPLATE_COLUMNS.get(6);
			case STATUS -> EXTRA_COLUMNS.get(0);
			case ADDRESSED_TO -> EXTRA_COLUMNS.get(1);
		};
	}

}

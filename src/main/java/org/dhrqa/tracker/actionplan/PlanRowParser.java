package org.dhrqa.tracker.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhrqa.tracker.actionplan.PlanHeader.Column;
import org.dhrqa.tracker.actionplan.PlanImport.Preview;
import org.dhrqa.tracker.actionplan.PlanImport.Problem;
import org.dhrqa.tracker.actionplan.PlanImport.Row;

/**
 * Turns the rows under the headings into recommendations and actions: a blank
 * recommendation continues the one above, "1. Train GPs" and "Recommendation 1: Train
 * GPs" both carry the number 1, and every problem is named with its row number.
 */
final class PlanRowParser {

	private static final Pattern NUMBERED = Pattern.compile(
			"^\\s*(?:recommendation\\s+)?(\\d+(?:\\.\\d+)*)\\s*[.):\\-–]?\\s+(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final List<List<Object>> table;

	private final PlanHeader.Found header;

	private final List<Problem> problems = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	/** The normalised text each number was first given, and on which row. */
	private final Map<String, String> textOfNumber = new HashMap<>();

	private final Map<String, Integer> lineOfNumber = new HashMap<>();

	private String previousNumber;

	private String previousText;

	private Scope previousScope;

	private String previousAddressedTo;

	private PlanRowParser(List<List<Object>> table, PlanHeader.Found header) {
		this.table = table;
		this.header = header;
	}

	static Preview parse(List<List<Object>> table, int maxRows) {
		PlanHeader.Found header = PlanHeader.find(table);
		if (header == null) {
			return new Preview(List.of(), List.of(new Problem(0, "import.empty", List.of())));
		}
		if (!header.complete()) {
			List<Problem> missing = new ArrayList<>();
			for (Column required : PlanHeader.REQUIRED) {
				if (header.index(required) == null) {
					missing.add(new Problem(0, "import.missingColumn", List.of(PlanImport.columnName(required))));
				}
			}
			return new Preview(List.of(), missing);
		}
		long dataRows = table.subList(header.rowIndex() + 1, table.size())
			.stream()
			.filter((row) -> !PlanCells.blank(row))
			.count();
		if (dataRows > maxRows) {
			return new Preview(List.of(), List.of(new Problem(0, "import.tooManyRows", List.of(maxRows))));
		}
		return new PlanRowParser(table, header).parseRows();
	}

	private Preview parseRows() {
		for (int i = this.header.rowIndex() + 1; i < this.table.size(); i++) {
			List<Object> cells = this.table.get(i);
			if (!PlanCells.blank(cells)) {
				parseRow(i + 1, cells);
			}
		}
		if (this.rows.isEmpty()) {
			this.problems.add(new Problem(0, "import.noRows", List.of()));
		}
		return new Preview(this.rows, this.problems);
	}

	private void parseRow(int line, List<Object> cells) {
		List<String> shown = new ArrayList<>();
		for (Column column : Column.values()) {
			shown.add(PlanCells.display(cell(cells, column)));
		}
		String recommendationCell = text(cells, Column.RECOMMENDATION);
		String number = null;
		String recommendationText;
		boolean starts;
		if (recommendationCell.isEmpty()) {
			if (this.previousText == null) {
				problem(line, "import.recommendation.required");
			}
			number = this.previousNumber;
			recommendationText = this.previousText;
			starts = false;
		}
		else {
			Matcher numbered = NUMBERED.matcher(recommendationCell);
			if (numbered.matches()) {
				number = numbered.group(1);
				recommendationText = numbered.group(2).trim();
			}
			else {
				recommendationText = recommendationCell;
			}
			starts = !(recommendationText.equals(this.previousText) && Objects.equals(number, this.previousNumber));
			if (starts) {
				checkNumber(line, number, recommendationText);
			}
		}
		String scopeCell = text(cells, Column.SCOPE);
		Scope scope = (scopeCell.isEmpty() && !starts) ? this.previousScope : scope(scopeCell);
		if (scope == null) {
			this.problems.add(new Problem(line, scopeCell.isEmpty() ? "import.scope.required" : "import.scope.invalid",
					List.of(scopeCell)));
		}
		String addressedCell = text(cells, Column.ADDRESSED_TO);
		String addressedTo = addressedCell.isEmpty() ? (starts ? null : this.previousAddressedTo) : addressedCell;
		checkLength(line, Column.RECOMMENDATION, recommendationText, Recommendation.TEXT_MAX);
		checkLength(line, Column.RECOMMENDATION, number, Recommendation.NUMBER_MAX);
		checkLength(line, Column.ADDRESSED_TO, addressedTo, Recommendation.ADDRESSED_TO_MAX);
		ActionDetails details = details(line, cells, starts);
		boolean statusGiven = !text(cells, Column.STATUS).isEmpty();
		this.rows
			.add(new Row(line, shown, number, recommendationText, starts, scope, addressedTo, details, statusGiven));
		this.previousNumber = number;
		this.previousText = recommendationText;
		this.previousScope = scope;
		this.previousAddressedTo = addressedTo;
	}

	/**
	 * One number, one recommendation: the same number with other wording is a mistake.
	 */
	private void checkNumber(int line, String number, String text) {
		if (number == null) {
			return;
		}
		String key = PlanText.key(number);
		String earlier = this.textOfNumber.putIfAbsent(key, PlanText.key(text));
		if (earlier == null) {
			this.lineOfNumber.put(key, line);
		}
		else if (!earlier.equals(PlanText.key(text))) {
			this.problems.add(new Problem(line, "import.number.reused", List.of(number, this.lineOfNumber.get(key))));
		}
	}

	private ActionDetails details(int line, List<Object> cells, boolean starts) {
		String action = text(cells, Column.ACTION);
		String lead = text(cells, Column.LEAD);
		String milestones = text(cells, Column.MILESTONES);
		Object targetCell = cell(cells, Column.TARGET);
		Object completionCell = cell(cells, Column.COMPLETION);
		String statusCell = text(cells, Column.STATUS);
		boolean actionColumnsBlank = action.isEmpty() && lead.isEmpty() && milestones.isEmpty()
				&& PlanCells.text(targetCell).isEmpty() && PlanCells.text(completionCell).isEmpty();
		if (actionColumnsBlank) {
			if (!starts) {
				problem(line, "import.action.required");
			}
			return null;
		}
		if (action.isEmpty()) {
			problem(line, "import.action.required");
		}
		if (lead.isEmpty()) {
			problem(line, "import.lead.required");
		}
		LocalDate target = null;
		if (!PlanCells.text(targetCell).isEmpty()) {
			target = PlanDates.parse(targetCell);
			if (target == null) {
				this.problems.add(new Problem(line, "import.date.invalid",
						List.of(PlanImport.columnName(Column.TARGET), PlanCells.display(targetCell))));
			}
		}
		LocalDate completed = null;
		String outcome = null;
		if (completionCell instanceof LocalDate date) {
			completed = PlanDates.parse(date);
			if (completed == null) {
				this.problems.add(new Problem(line, "import.date.invalid",
						List.of(PlanImport.columnName(Column.COMPLETION), PlanCells.display(date))));
			}
		}
		else if (!PlanCells.text(completionCell).isEmpty()) {
			PlanDates.Completion split = PlanDates.splitCompletion(PlanCells.text(completionCell));
			if (split != null) {
				completed = PlanDates.parse(split.dateText());
				if (completed == null) {
					this.problems.add(new Problem(line, "import.date.invalid",
							List.of(PlanImport.columnName(Column.COMPLETION), split.dateText())));
				}
				outcome = split.outcome();
			}
			else {
				outcome = PlanCells.text(completionCell);
			}
		}
		ActionStatus status = status(statusCell);
		if (!statusCell.isEmpty() && status == null) {
			this.problems.add(new Problem(line, "import.status.invalid", List.of(statusCell)));
		}
		if (status == null) {
			status = (completed != null) ? ActionStatus.COMPLETE : ActionStatus.NOT_STARTED;
		}
		checkLength(line, Column.ACTION, action, PlanAction.TEXT_MAX);
		checkLength(line, Column.LEAD, lead, PlanAction.LEAD_MAX);
		checkLength(line, Column.MILESTONES, milestones, PlanAction.TEXT_MAX);
		checkLength(line, Column.COMPLETION, outcome, PlanAction.TEXT_MAX);
		return new ActionDetails(action, lead, milestones.isEmpty() ? null : milestones, target, completed, outcome,
				status);
	}

	private void checkLength(int line, Column column, String value, int max) {
		if (value != null && value.length() > max) {
			this.problems.add(new Problem(line, "import.tooLong", List.of(PlanImport.columnName(column), max)));
		}
	}

	private void problem(int line, String key) {
		this.problems.add(new Problem(line, key, List.of()));
	}

	private Object cell(List<Object> cells, Column column) {
		return PlanCells.cell(cells, this.header.index(column));
	}

	private String text(List<Object> cells, Column column) {
		return PlanCells.text(cell(cells, column));
	}

	private static Scope scope(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		for (Scope scope : Scope.values()) {
			if (lower.startsWith(scope.name().toLowerCase(Locale.ROOT))) {
				return scope;
			}
		}
		return null;
	}

	private static ActionStatus status(String value) {
		String normal = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
		return switch (normal) {
			case "NOTSTARTED" -> ActionStatus.NOT_STARTED;
			case "INPROGRESS", "ONGOING" -> ActionStatus.IN_PROGRESS;
			case "COMPLETE", "COMPLETED", "DONE" -> ActionStatus.COMPLETE;
			default -> null;
		};
	}

}

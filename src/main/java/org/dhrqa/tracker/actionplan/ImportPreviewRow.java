package org.dhrqa.tracker.actionplan;

import java.util.ArrayList;
import java.util.List;

import org.dhrqa.tracker.actionplan.PlanHeader.Column;
import org.dhrqa.tracker.actionplan.PlanImport.Problem;
import org.dhrqa.tracker.actionplan.PlanImport.Row;
import org.dhrqa.tracker.shared.web.Messages;

/**
 * One row of an import's preview: what the service read (dates as dates, "7 August
 * 2024"), whether the plan already has the action, and the row's problems in words.
 */
record ImportPreviewRow(int line, String recommendation, String action, String lead, String target, String completed,
		boolean matched, List<String> problems) {

	/** The rows a preview lists, and how many clean rows it leaves out. */
	record Shown(List<ImportPreviewRow> rows, int hidden) {

	}

	static Shown of(PlanImports.Check check, int cleanRowsShown, Messages messages) {
		List<ImportPreviewRow> shown = new ArrayList<>();
		List<Row> rows = check.preview().rows();
		int clean = 0;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			List<String> problems = check.preview()
				.problemsOf(row.line())
				.stream()
				.map((problem) -> words(problem, messages))
				.toList();
			if (problems.isEmpty() && clean++ >= cleanRowsShown) {
				continue;
			}
			shown.add(of(row, check.matchOf(i) != null, problems));
		}
		return new Shown(shown, rows.size() - shown.size());
	}

	private static ImportPreviewRow of(Row row, boolean matched, List<String> problems) {
		ActionDetails d = row.details();
		String recommendation = (row.startsRecommendation() && row.recommendationText() != null) ? row.recommendation()
				: "";
		String target = (d != null && d.targetDate() != null) ? PlanDates.show(d.targetDate())
				: cell(row, Column.TARGET);
		String completed = (d != null && d.completedOn() != null) ? PlanDates.show(d.completedOn())
				: cell(row, Column.COMPLETION);
		return new ImportPreviewRow(row.line(), recommendation, (d != null) ? d.actionText() : cell(row, Column.ACTION),
				(d != null) ? d.leadAgency() : cell(row, Column.LEAD), target, completed, matched, problems);
	}

	private static String cell(Row row, Column column) {
		return (row.cells().size() > column.ordinal()) ? row.cells().get(column.ordinal()) : "";
	}

	private static String words(Problem problem, Messages messages) {
		return messages.get(problem.key(), problem.arguments().toArray());
	}

}

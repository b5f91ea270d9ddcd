package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.shared.web.CsvWriter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an action plan in the Home Office template columns (then Status and Addressed
 * to), as CSV or XLSX; {@link PlanImport} reads both back to the same plan.
 */
final class PlanExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

	private PlanExport() {
	}

	static void csv(PlanViews.Plan plan, OutputStream out) throws IOException {
		List<String> header = new ArrayList<>(PlanImport.TEMPLATE_COLUMNS);
		header.addAll(PlanImport.EXTRA_COLUMNS);
		try (CsvWriter csv = CsvWriter.to(out, header)) {
			for (List<Object> row : rows(plan)) {
				csv.row(row.stream()
					.map((cell) -> (cell instanceof LocalDate date) ? DATE.format(date) : cell)
					.toList());
			}
		}
	}

	static void xlsx(PlanViews.Plan plan, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Action plan");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row header = sheet.createRow(0);
			List<String> names = new ArrayList<>(PlanImport.TEMPLATE_COLUMNS);
			names.addAll(PlanImport.EXTRA_COLUMNS);
			for (int c = 0; c < names.size(); c++) {
				header.createCell(c).setCellValue(names.get(c));
				header.getCell(c).setCellStyle(bold);
				sheet.setColumnWidth(c, (c == 0 || c == 2 || c == 6) ? 60 * 256 : 22 * 256);
			}
			int r = 1;
			for (List<Object> values : rows(plan)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					var cell = row.createCell(c);
					if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue((value != null) ? value.toString() : "");
						cell.setCellStyle(wrap);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

	/** One row per action; a recommendation with no action has a row of its own. */
	static List<List<Object>> rows(PlanViews.Plan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanViews.Rec rec : plan.recommendations()) {
			String recommendation = rec.number() + ". " + rec.text();
			String scope = rec.scope().name().charAt(0) + rec.scope().name().substring(1).toLowerCase(Locale.ROOT);
			String addressedTo = (rec.addressedTo() != null) ? rec.addressedTo() : "";
			if (rec.actions().isEmpty()) {
				rows.add(new ArrayList<>(List.of(recommendation, scope, "", "", "", "", "", "", addressedTo)));
			}
			for (PlanViews.Action action : rec.actions()) {
				List<Object> row = new ArrayList<>();
				row.add(recommendation);
				row.add(scope);
				row.add(action.actionText());
				row.add(action.leadAgency());
				row.add((action.keyMilestones() != null) ? action.keyMilestones() : "");
				row.add((action.targetDate() != null) ? action.targetDate() : "");
				row.add(completion(action));
				row.add(action.status().name());
				row.add(addressedTo);
				rows.add(row);
			}
		}
		return rows;
	}

	private static String completion(PlanViews.Action action) {
		String date = (action.completedOn() != null) ? DATE.format(action.completedOn()) : "";
		String outcome = (action.completionOutcome() != null) ? action.completionOutcome() : "";
		if (!date.isEmpty() && !outcome.isEmpty()) {
			return date + " – " + outcome;
		}
		return date + outcome;
	}

}

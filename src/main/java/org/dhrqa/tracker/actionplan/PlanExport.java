package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.dhrqa.tracker.shared.web.CsvWriter;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * Writes an action plan in the Home Office template columns, then Status and Addressed to
 * (so {@link PlanImport} reads it back to the same plan), then the dated implementation
 * updates; as CSV or XLSX, with statuses and scopes in words. Also writes the blank
 * template for people starting a plan in a spreadsheet.
 */
@Component
class PlanExport {

	private final Messages messages;

	PlanExport(Messages messages) {
		this.messages = messages;
	}

	static List<String> header() {
		List<String> header = new ArrayList<>(PlanImport.TEMPLATE_COLUMNS);
		header.addAll(PlanImport.EXTRA_COLUMNS);
		header.add(PlanImport.UPDATES_COLUMN);
		return header;
	}

	void csv(PlanViews.Plan plan, OutputStream out) throws IOException {
		try (CsvWriter csv = CsvWriter.to(out, header())) {
			for (List<Object> row : rows(plan)) {
				csv.row(row.stream()
					.map((cell) -> (cell instanceof LocalDate date) ? PlanDates.show(date) : cell)
					.toList());
			}
		}
	}

	/** The plan as CSV text, as kept when part of a plan is removed or replaced. */
	String csvText(PlanViews.Plan plan) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			csv(plan, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	void xlsx(PlanViews.Plan plan, OutputStream out) throws IOException {
		workbook(header(), rows(plan), out);
	}

	static void templateCsv(OutputStream out) throws IOException {
		try (CsvWriter csv = CsvWriter.to(out, PlanImport.TEMPLATE_COLUMNS)) {
			// headings only: a blank template
		}
	}

	static void templateXlsx(OutputStream out) throws IOException {
		workbook(PlanImport.TEMPLATE_COLUMNS, List.of(), out);
	}

	private static void workbook(List<String> names, List<List<Object>> rows, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Action plan");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row header = sheet.createRow(0);
			for (int c = 0; c < names.size(); c++) {
				header.createCell(c).setCellValue(names.get(c));
				header.getCell(c).setCellStyle(bold);
				sheet.setColumnWidth(c, (c == 0 || c == 2 || c == 6 || c == 9) ? 60 * 256 : 22 * 256);
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else {
						cell.setCellValue(fitted((value != null) ? value.toString() : ""));
						cell.setCellStyle(wrap);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

	// a spreadsheet cell holds at most 32,767 characters; a long trail of updates is cut
	private static String fitted(String text) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** One row per action; a recommendation with no action has a row of its own. */
	List<List<Object>> rows(PlanViews.Plan plan) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanViews.Rec rec : plan.recommendations()) {
			String recommendation = rec.number() + ". " + rec.text();
			String scope = this.messages.get(rec.scope().messageKey());
			String addressedTo = (rec.addressedTo() != null) ? rec.addressedTo() : "";
			if (rec.actions().isEmpty()) {
				rows.add(new ArrayList<>(List.of(recommendation, scope, "", "", "", "", "", "", addressedTo, "")));
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
				row.add(this.messages.get(action.status().messageKey()));
				row.add(addressedTo);
				row.add(updates(action));
				rows.add(row);
			}
		}
		return rows;
	}

	private String updates(PlanViews.Action action) {
		List<String> lines = new ArrayList<>();
		for (UpdateView update : action.updates()) {
			String date = PlanDates.show(update.date());
			lines.add((update.statusTo() != null)
					? this.messages.get("plan.export.updateWithStatus", date, update.text(),
							this.messages.get(update.statusFrom().messageKey()),
							this.messages.get(update.statusTo().messageKey()))
					: this.messages.get("annex.update", date, update.text()));
		}
		return String.join("\n", lines);
	}

	private static String completion(PlanViews.Action action) {
		String date = PlanDates.show(action.completedOn());
		String outcome = (action.completionOutcome() != null) ? action.completionOutcome() : "";
		if (!date.isEmpty() && !outcome.isEmpty()) {
			return date + " – " + outcome;
		}
		return date + outcome;
	}

}

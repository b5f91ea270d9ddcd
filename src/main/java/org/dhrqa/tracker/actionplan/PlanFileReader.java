package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of cells: text, or a
 * date where Excel holds one. Stops after {@code maxRows} rows, so a huge file costs no
 * more than a file of the limit.
 */
final class PlanFileReader {

	/** The rows read, and whether the file had more. */
	record Table(List<List<Object>> rows, boolean truncated) {

	}

	private PlanFileReader() {
	}

	static Table read(InputStream in, String filename, int maxRows) throws IOException {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		return name.endsWith(".xlsx") ? xlsx(in, maxRows) : csv(in, maxRows);
	}

	private static Table csv(InputStream in, int maxRows) throws IOException {
		List<List<Object>> table = new ArrayList<>();
		String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				if (table.size() == maxRows) {
					return new Table(table, true);
				}
				List<Object> row = new ArrayList<>();
				record.forEach(row::add);
				table.add(row);
			}
		}
		return new Table(table, false);
	}

	private static Table xlsx(InputStream in, int maxRows) throws IOException {
		List<List<Object>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.UK);
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			int last = sheet.getLastRowNum();
			for (int r = 0; r <= last; r++) {
				if (table.size() == maxRows) {
					return new Table(table, true);
				}
				table.add(cells(sheet.getRow(r), formatter));
			}
		}
		catch (NotOfficeXmlFileException | EmptyFileException ex) {
			throw new IOException("Not an XLSX file", ex);
		}
		return new Table(table, false);
	}

	private static List<Object> cells(Row row, DataFormatter formatter) {
		List<Object> cells = new ArrayList<>();
		if (row == null) {
			return cells;
		}
		for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
			Cell cell = row.getCell(c);
			if (cell == null) {
				cells.add("");
			}
			else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
			}
			else {
				cells.add(formatter.formatCellValue(cell));
			}
		}
		return cells;
	}

}

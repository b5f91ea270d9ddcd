package org.dhrqa.tracker.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an action plan laid out in the Home Office template columns, from CSV or XLSX,
 * the way real spreadsheets arrive: headers in any case and spelling close to the
 * template, dates as 7/8/2024, 07-08-2024, 7 August 2024, 2024-08-07 or Excel date cells.
 * Every row is checked and every problem reported with its row number; nothing is kept
 * until a clean preview is confirmed.
 */
public final class PlanImport {

	/** The Home Office action plan template, in order. */
	public static final List<String> TEMPLATE_COLUMNS = List.of("Recommendation", "Scope of recommendation",
			"Action to take", "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
			"Date of completion and outcome");

	/**
	 * Written after the template columns by our export, so a plan survives the round
	 * trip.
	 */
	public static final List<String> EXTRA_COLUMNS = List.of("Status", "Addressed to");

	enum Column {

		RECOMMENDATION, SCOPE, ACTION, LEAD, MILESTONES, TARGET, COMPLETION, STATUS, ADDRESSED_TO

	}

	/**
	 * A problem found, as a message key and its arguments; line 0 means the file as a
	 * whole.
	 */
	public record Problem(int line, String key, List<Object> arguments) {

	}

	/** A row read from the file: what it said, and what it means when it is clean. */
	public record Row(int line, List<String> cells, String recommendationNumber, String recommendationText,
			boolean startsRecommendation, Scope scope, String addressedTo, ActionDetails details) {

		public boolean recommendationOnly() {
			return this.details == null;
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

	}

	private static final Pattern NUMBERED = Pattern.compile(
			"^\\s*(?:recommendation\\s+)?(\\d+(?:\\.\\d+)*)\\s*[.):\\-–]?\\s+(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern LEADING_DATE = Pattern.compile(
			"^\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4})\\s*[-–—:,;]?\\s*(.*)$",
			Pattern.DOTALL);

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(strict("d/M/uuuu"), strict("d/M/uu"),
			strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-MM-dd"), strict("d MMMM uuuu"), strict("d MMM uuuu"));

	private PlanImport() {
	}

	private static DateTimeFormatter strict(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.UK)
			.withResolverStyle(ResolverStyle.STRICT);
	}

	public static Preview read(InputStream in, String filename) throws IOException {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		List<List<Object>> table = name.endsWith(".xlsx") ? readXlsx(in) : readCsv(in);
		return interpret(table);
	}

	private static List<List<Object>> readCsv(InputStream in) throws IOException {
		List<List<Object>> table = new ArrayList<>();
		byte[] bytes = in.readAllBytes();
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				List<Object> row = new ArrayList<>();
				record.forEach(row::add);
				table.add(row);
			}
		}
		return table;
	}

	private static List<List<Object>> readXlsx(InputStream in) throws IOException {
		List<List<Object>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.UK);
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				List<Object> cells = new ArrayList<>();
				if (row != null) {
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
				}
				table.add(cells);
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException ex) {
			throw new IOException("Not an XLSX file", ex);
		}
		return table;
	}

	static Preview interpret(List<List<Object>> table) {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		int headerIndex = -1;
		for (int i = 0; i < table.size(); i++) {
			if (!blank(table.get(i))) {
				headerIndex = i;
				break;
			}
		}
		if (headerIndex < 0) {
			problems.add(new Problem(0, "import.empty", List.of()));
			return new Preview(rows, problems);
		}
		Map<Column, Integer> columns = columns(table.get(headerIndex));
		for (Column required : List.of(Column.RECOMMENDATION, Column.ACTION, Column.LEAD)) {
			if (!columns.containsKey(required)) {
				problems.add(new Problem(0, "import.missingColumn", List.of(TEMPLATE_COLUMNS
					.get(required == Column.RECOMMENDATION ? 0 : (required == Column.ACTION) ? 2 : 3))));
			}
		}
		if (!problems.isEmpty()) {
			return new Preview(rows, problems);
		}
		String previousNumber = null;
		String previousText = null;
		Scope previousScope = null;
		String previousAddressedTo = null;
		for (int i = headerIndex + 1; i < table.size(); i++) {
			List<Object> cells = table.get(i);
			if (blank(cells)) {
				continue;
			}
			int line = i + 1;
			List<String> shown = new ArrayList<>();
			for (Column column : Column.values()) {
				shown.add(display(cell(cells, columns.get(column))));
			}
			String recommendationCell = text(cell(cells, columns.get(Column.RECOMMENDATION)));
			String number = null;
			String recommendationText = null;
			boolean starts;
			if (recommendationCell.isEmpty()) {
				if (previousText == null) {
					problems.add(new Problem(line, "import.recommendation.required", List.of()));
				}
				number = previousNumber;
				recommendationText = previousText;
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
				starts = !(recommendationText.equals(previousText) && java.util.Objects.equals(number, previousNumber));
			}
			String scopeCell = text(cell(cells, columns.get(Column.SCOPE)));
			Scope scope = scopeCell.isEmpty() && !starts ? previousScope : scope(scopeCell);
			if (scope == null) {
				problems.add(new Problem(line, scopeCell.isEmpty() ? "import.scope.required" : "import.scope.invalid",
						List.of(scopeCell)));
			}
			String addressedCell = text(cell(cells, columns.get(Column.ADDRESSED_TO)));
			String addressedTo = addressedCell.isEmpty() ? (starts ? null : previousAddressedTo) : addressedCell;
			String action = text(cell(cells, columns.get(Column.ACTION)));
			String lead = text(cell(cells, columns.get(Column.LEAD)));
			String milestones = text(cell(cells, columns.get(Column.MILESTONES)));
			Object targetCell = cell(cells, columns.get(Column.TARGET));
			Object completionCell = cell(cells, columns.get(Column.COMPLETION));
			String statusCell = text(cell(cells, columns.get(Column.STATUS)));
			ActionDetails details = null;
			boolean actionColumnsBlank = action.isEmpty() && lead.isEmpty() && milestones.isEmpty()
					&& text(targetCell).isEmpty() && text(completionCell).isEmpty();
			if (!actionColumnsBlank) {
				if (action.isEmpty()) {
					problems.add(new Problem(line, "import.action.required", List.of()));
				}
				if (lead.isEmpty()) {
					problems.add(new Problem(line, "import.lead.required", List.of()));
				}
				LocalDate target = null;
				if (!text(targetCell).isEmpty()) {
					target = date(targetCell);
					if (target == null) {
						problems.add(new Problem(line, "import.date.invalid",
								List.of(TEMPLATE_COLUMNS.get(5), display(targetCell))));
					}
				}
				LocalDate completed = null;
				String outcome = null;
				if (completionCell instanceof LocalDate date) {
					completed = date;
				}
				else if (!text(completionCell).isEmpty()) {
					Matcher leading = LEADING_DATE.matcher(text(completionCell));
					if (leading.matches()) {
						completed = date(leading.group(1));
						if (completed == null) {
							problems.add(new Problem(line, "import.date.invalid",
									List.of(TEMPLATE_COLUMNS.get(6), leading.group(1))));
						}
						outcome = leading.group(2).isBlank() ? null : leading.group(2).trim();
					}
					else {
						outcome = text(completionCell);
					}
				}
				ActionStatus status = status(statusCell);
				if (!statusCell.isEmpty() && status == null) {
					problems.add(new Problem(line, "import.status.invalid", List.of(statusCell)));
				}
				if (status == null) {
					status = (completed != null) ? ActionStatus.COMPLETE : ActionStatus.NOT_STARTED;
				}
				if (action.length() > 5000 || lead.length() > 300) {
					problems.add(new Problem(line, "import.tooLong", List.of()));
				}
				details = new ActionDetails(action, lead, milestones.isEmpty() ? null : milestones, target, completed,
						outcome, status);
			}
			else if (!starts) {
				problems.add(new Problem(line, "import.action.required", List.of()));
			}
			rows.add(new Row(line, shown, number, recommendationText, starts, scope, addressedTo, details));
			previousNumber = number;
			previousText = recommendationText;
			previousScope = scope;
			previousAddressedTo = addressedTo;
		}
		if (rows.isEmpty()) {
			problems.add(new Problem(0, "import.noRows", List.of()));
		}
		return new Preview(rows, problems);
	}

	private static Map<Column, Integer> columns(List<Object> header) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			String name = text(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			Column column = null;
			if (name.contains("scope")) {
				column = Column.SCOPE;
			}
			else if (name.contains("milestone")) {
				column = Column.MILESTONES;
			}
			else if (name.contains("target")) {
				column = Column.TARGET;
			}
			else if (name.contains("completion") || name.contains("outcome")) {
				column = Column.COMPLETION;
			}
			else if (name.contains("lead") || name.contains("agency")) {
				column = Column.LEAD;
			}
			else if (name.startsWith("action") || name.contains("actiontotake")) {
				column = Column.ACTION;
			}
			else if (name.contains("addressed")) {
				column = Column.ADDRESSED_TO;
			}
			else if (name.equals("status")) {
				column = Column.STATUS;
			}
			else if (name.contains("recommend") || name.contains("recomend")) {
				column = Column.RECOMMENDATION;
			}
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns;
	}

	static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		String text = text(value).replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				return (date.getYear() < 100) ? date.plusYears(2000) : date;
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return null;
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

	private static Object cell(List<Object> cells, Integer index) {
		return (index != null && index < cells.size() && cells.get(index) != null) ? cells.get(index) : "";
	}

	private static String text(Object value) {
		String text = (value == null) ? "" : value.toString().trim();
		// our CSV export protects cells that spreadsheets would run as formulas with an
		// apostrophe
		if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	private static String display(Object value) {
		if (value instanceof LocalDate date) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
		}
		return text(value);
	}

	private static boolean blank(List<Object> cells) {
		return cells.stream().allMatch((cell) -> text(cell).isEmpty());
	}

}

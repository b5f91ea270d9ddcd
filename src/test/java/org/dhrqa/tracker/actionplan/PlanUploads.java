package org.dhrqa.tracker.actionplan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;

import org.dhrqa.tracker.support.Pages;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Spreadsheets for import tests, and the upload and confirm steps as a person takes them.
 */
final class PlanUploads {

	private final MockMvc mvc;

	private final RequestPostProcessor person;

	private final MockHttpSession session = new MockHttpSession();

	PlanUploads(MockMvc mvc, RequestPostProcessor person) {
		this.mvc = mvc;
		this.person = person;
	}

	/** Uploads a file: the preview page. */
	Document upload(long review, String filename, byte[] content) throws Exception {
		return Pages.parse(
				this.mvc
					.perform(multipart("/reviews/" + review + "/action-plan/import")
						.file(new MockMultipartFile("planFile", filename, "application/octet-stream", content))
						.session(this.session)
						.with(csrf())
						.with(this.person))
					.andReturn());
	}

	/** Confirms the checked import, with a choice (or null for none). */
	MvcResult confirm(long review, String mode) throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/" + review + "/action-plan/import/confirm")
			.session(this.session)
			.with(csrf())
			.with(this.person);
		if (mode != null) {
			request = request.param("mode", mode);
		}
		return this.mvc.perform(request).andReturn();
	}

	MockHttpSession session() {
		return this.session;
	}

	static byte[] csv(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The template's headings as a CSV line. */
	static String headings() {
		return String.join(",", PlanImport.TEMPLATE_COLUMNS);
	}

	/** An XLSX file: rows of cells, dates as Excel dates. */
	static byte[] xlsx(List<Object[]> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Plan");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).length; c++) {
					Object value = rows.get(r)[c];
					if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}

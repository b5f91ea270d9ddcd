package org.dhrqa.tracker.letter;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.DemoUsers;
import org.dhrqa.tracker.support.IntegrationTest;
import org.dhrqa.tracker.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The golden test: the demo Salome letter's PDF, read back with PDFBox, holds every
 * paragraph and every area of the real letter
 * (src/test/resources/letters/salome-2024-08-07.txt), in order.
 */
@IntegrationTest
class GoldenLetterIT {

	/** The real letter of 7 August 2024, kept with the tests. */
	private static final String SEED_LETTER = "/letters/salome-2024-08-07.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void theSalomeLetterPdfHoldsEveryParagraphOfTheRealLetterInOrder() throws Exception {
		Long letter = this.jdbc.queryForObject("select l.id from panel_letter l join review r on r.id = l.review_id "
				+ "where r.reference = 'KM-DHR-2021-03' and l.status = 'ISSUED'", Long.class);
		byte[] pdf = this.mvc
			.perform(get("/letters/" + letter + "/letter.pdf")
				.with(new DemoUsers(this.userDetailsService).as(DemoUsers.KENT)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text = PdfText.of(pdf);
		int from = 0;
		for (String paragraph : expectedParagraphs()) {
			int at = text.indexOf(paragraph, from);
			assertThat(at).as("\"%s\" after position %d of the PDF text", paragraph, from).isGreaterThanOrEqualTo(0);
			from = at + paragraph.length();
		}

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("QA Panel letter – Salome");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
		}
	}

	/** The example letter, with its markup removed: the lines the PDF must contain. */
	private static List<String> expectedParagraphs() throws Exception {
		List<String> paragraphs = new ArrayList<>();
		String letter;
		try (var in = GoldenLetterIT.class.getResourceAsStream(SEED_LETTER)) {
			letter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		for (String line : letter.split("\\R")) {
			String clean = PdfText
				.normalise(line.replaceAll("<[^>]+>", "").replaceFirst("^## ", "").replaceFirst("^- ", ""));
			if (clean.isEmpty()) {
				continue;
			}
			paragraphs.add(clean);
		}
		return paragraphs;
	}

}

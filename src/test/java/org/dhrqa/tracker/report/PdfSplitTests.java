package org.dhrqa.tracker.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Real PDFs, laid out with running headers, footers, page numbers, a contents page,
 * hyphenation, ligatures and a paragraph over a page break, read back paragraph by
 * paragraph exactly as written.
 */
class PdfSplitTests {

	@Test
	void aRealisticReportIsReadBackParagraphByParagraph() throws Exception {
		ReportPdfFixture.Report report = SalomeReports.version1();
		ReportPdfFixture.Layout layout = ReportPdfFixture.write(report, 24);
		String raw = rawText(layout.pdf());
		// the fixture really has what the splitter must cope with
		assertThat(raw).contains("investi-\n", "Page 3 of", "Contents", ".....", ReportPdfFixture.RUNNING_TITLE);
		assertThat(glyphs(layout.pdf())).as("the PDF holds ligature glyphs").contains("\uFB01");
		int longParagraph = indexOf(report, SalomeReports.LONG_PARAGRAPH);
		assertThat(layout.spansPages(longParagraph)).as("3.1 runs over a page break").isTrue();

		List<ReportParagraph> paragraphs = split(layout.pdf());

		assertThat(paragraphs).extracting(ReportParagraph::number, ReportParagraph::title, ReportParagraph::text)
			.containsExactlyElementsOf(ReportPdfFixture.expected(report)
				.stream()
				.map((p) -> tuple(p.number(), p.title(), p.text()))
				.toList());
		assertThat(find(paragraphs, "2.1").text()).contains("criminal investigation and the trial")
			.contains("multi-agency panel");
		assertThat(find(paragraphs, "2.2").text()).contains("in 2019 4.5 million women").contains("£1.50 a head");
		assertThat(find(paragraphs, "1.1").text()).contains("The findings of the review");
		assertThat(find(paragraphs, "16.2.7(b)").text()).isEqualTo("no referral was made to the MARAC; and");
		assertThat(find(paragraphs, SalomeReports.LONG_PARAGRAPH).page())
			.isEqualTo(layout.pagesOfBlock().get(longParagraph)[0]);
		assertThat(find(paragraphs, SalomeReports.LONG_PARAGRAPH).text()).doesNotContain("OFFICIAL")
			.doesNotContain("Page ")
			.endsWith("but nobody put the pieces together.");
	}

	@Test
	void theRevisedVersionComparesAsTheCspChangedIt() throws Exception {
		List<ReportParagraph> v1 = split(ReportPdfFixture.write(SalomeReports.version1(), 24).pdf());
		List<ReportParagraph> v2 = split(ReportPdfFixture.write(SalomeReports.version2(), 30).pdf());

		ParagraphAlignment.Result result = ParagraphAlignment.align(v1, v2);

		assertThat(result.changes()).extracting(ParagraphChange::kind, ParagraphChange::number)
			.containsExactly(tuple(ParagraphChange.Kind.CHANGED, ""), tuple(ParagraphChange.Kind.CHANGED, "1.3"),
					tuple(ParagraphChange.Kind.ADDED, "4.2"), tuple(ParagraphChange.Kind.CHANGED, "16.2.7"),
					tuple(ParagraphChange.Kind.REMOVED, "17.2"));
		assertThat(result.unchanged()).isEqualTo(v1.size() - 4);
		assertThat(result.changes().get(3).text().before()).filteredOn(DiffSegment::isRemoved)
			.extracting(DiffSegment::text)
			.containsExactly("Adam");
	}

	static List<ReportParagraph> split(byte[] pdf) throws Exception {
		Path file = Files.createTempFile("fixture-", ".pdf");
		try {
			Files.write(file, pdf);
			return ParagraphSplitter.split(PdfPages.read(file, (done, total) -> {
			}));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static String rawText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The characters of the glyphs on the pages, before PDFBox spells out ligatures. */
	private static String glyphs(byte[] pdf) throws Exception {
		StringBuilder glyphs = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.append(text.getUnicode());
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			stripper.getText(document);
		}
		return glyphs.toString();
	}

	private static ReportParagraph find(List<ReportParagraph> paragraphs, String number) {
		return paragraphs.stream().filter((p) -> p.number().equals(number)).findFirst().orElseThrow();
	}

	private static int indexOf(ReportPdfFixture.Report report, String number) {
		for (int i = 0; i < report.blocks().size(); i++) {
			if (report.blocks().get(i).number().equals(number)) {
				return i;
			}
		}
		throw new IllegalArgumentException(number);
	}

}

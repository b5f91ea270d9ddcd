package org.dhrqa.tracker.publication;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import org.springframework.stereotype.Component;

/**
 * Puts the report, the action plan annex and the QA letter into one PDF with PDFBox.
 * Every document is read from and written to temporary files with a file-only scratch
 * cache, so a 19 MB report never sits in the heap whole. The result has a bookmark for
 * each part, page labels (report 1, 2, ...; annexes A-1..., B-1...) and its title set.
 */
@Component
class PackAssembler {

	static final String ANNEX_PLAN = "Annex A: Action plan";

	static final String ANNEX_LETTER = "Annex B: Home Office QA Panel feedback letter";

	record Result(Path file, int pageCount) {

	}

	Result assemble(File report, File annex, File letter, Path work, String title) throws IOException {
		int reportPages = pages(report);
		int annexPages = pages(annex);
		int letterPages = pages(letter);

		File merged = work.resolve("merged.pdf").toFile();
		PDFMergerUtility merger = new PDFMergerUtility();
		merger.addSource(report);
		merger.addSource(annex);
		merger.addSource(letter);
		merger.setDestinationFileName(merged.getAbsolutePath());
		merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());

		File result = work.resolve("pack.pdf").toFile();
		try (PDDocument document = Loader.loadPDF(merged, IOUtils.createTempFileOnlyStreamCache())) {
			PDDocumentOutline outline = new PDDocumentOutline();
			document.getDocumentCatalog().setDocumentOutline(outline);
			outline.addLast(bookmark(document, 0, "Report"));
			outline.addLast(bookmark(document, reportPages, ANNEX_PLAN));
			outline.addLast(bookmark(document, reportPages + annexPages, ANNEX_LETTER));
			outline.openNode();

			PDPageLabels labels = new PDPageLabels(document);
			labels.setLabelItem(0, range(null));
			labels.setLabelItem(reportPages, range("A-"));
			labels.setLabelItem(reportPages + annexPages, range("B-"));
			document.getDocumentCatalog().setPageLabels(labels);

			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setSubject("Report with its action plan annex and the Home Office QA Panel feedback letter");
			info.setProducer("DHR QA Tracker");
			info.setCreationDate(Calendar.getInstance());
			document.getDocumentCatalog().setLanguage("en-GB");
			document.save(result);
		}
		return new Result(result.toPath(), reportPages + annexPages + letterPages);
	}

	private static int pages(File pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf, IOUtils.createTempFileOnlyStreamCache())) {
			// counted, not the count the file claims for itself
			int pages = 0;
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				pages += (page != null) ? 1 : 0;
			}
			return pages;
		}
	}

	private static PDOutlineItem bookmark(PDDocument document, int pageIndex, String title) {
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(document.getPage(pageIndex));
		return item;
	}

	private static PDPageLabelRange range(String prefix) {
		PDPageLabelRange range = new PDPageLabelRange();
		range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
		if (prefix != null) {
			range.setPrefix(prefix);
		}
		return range;
	}

}

package org.dhrqa.tracker.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, page by page, as lines. PDFBox reads from the file and caches in
 * temporary files, so a 50 MB report never sits in memory whole; each page read is
 * reported, so the person waiting sees how far it has got.
 */
final class PdfPages {

	private PdfPages() {
	}

	/** Told after each page: how many are read, of how many. */
	@FunctionalInterface
	interface Progress {

		void pageRead(int done, int total);

	}

	/**
	 * The pages the document has, counted by walking its page tree: the count a PDF
	 * claims for itself ({@code /Count}, what {@link PDDocument#getNumberOfPages()}
	 * returns) can be anything a hostile file says, such as two billion.
	 */
	static int counted(PDDocument document) {
		int pages = 0;
		for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
			if (page != null) {
				pages++;
			}
		}
		return pages;
	}

	static List<List<String>> read(Path pdf, Progress progress) throws IOException {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()),
				IOUtils.createTempFileOnlyStreamCache())) {
			int total = counted(document);
			PDFTextStripper stripper = new PDFTextStripper();
			// top to bottom as printed, so running headers come first and footers last
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			List<List<String>> pages = new ArrayList<>(total);
			for (int page = 1; page <= total; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(List.of(stripper.getText(document).split("\n")));
				progress.pageRead(page, total);
			}
			return pages;
		}
	}

}

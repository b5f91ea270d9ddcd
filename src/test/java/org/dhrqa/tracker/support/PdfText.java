package org.dhrqa.tracker.support;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back as text with PDFBox, whitespace collapsed, for order-sensitive
 * assertions.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return normalise(new PDFTextStripper().getText(document));
		}
	}

	public static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	public static String normalise(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
	}

}

package org.dhrqa.tracker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.stereotype.Component;

/**
 * Renders an HTML page to an A4 PDF with openhtmltopdf: Liberation Sans embedded (the
 * text is selectable and looks the same everywhere), the document title and language
 * taken from the page, and a tagged structure (PDF/UA) so lists are real lists for screen
 * readers.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "Liberation Sans";

	public byte[] render(String html, String baseUri) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Italic.ttf"), FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.ITALIC, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF", ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file);
		if (in == null) {
			throw new IllegalStateException("Font missing from the classpath: " + file);
		}
		return in;
	}

}

package org.dhrqa.tracker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.stereotype.Component;

/**
 * Renders an HTML page to an A4 PDF with openhtmltopdf: Liberation Sans embedded (the
 * text is selectable and looks the same everywhere), the document title and language
 * taken from the page, and a tagged structure (PDF/UA) so lists are real lists for screen
 * readers.
 * <p>
 * The fonts are loaded with their glyph substitution (GSUB) rules switched off. PDFBox
 * otherwise runs every run of text through Liberation Sans's substitution tables, which
 * took most of the time of a long PDF; our documents are plain Latin text, which needs no
 * substitution, and their glyphs are the same either way.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "Liberation Sans";

	private static final byte[] REGULAR = fontBytes("LiberationSans-Regular.ttf");

	private static final byte[] BOLD = fontBytes("LiberationSans-Bold.ttf");

	private static final byte[] ITALIC = fontBytes("LiberationSans-Italic.ttf");

	public byte[] render(String html, String baseUri) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PDDocument document = new PDDocument();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePDDocument(document);
			builder.useFont(new LazyFont(document, REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(new LazyFont(document, BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useFont(new LazyFont(document, ITALIC), FONT_FAMILY, 400, FontStyle.ITALIC, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF", ex);
		}
		finally {
			closeQuietly(document);
		}
		return out.toByteArray();
	}

	private static void closeQuietly(PDDocument document) {
		try {
			document.close();
		}
		catch (IOException ex) {
			// already written or abandoned: nothing left to release
		}
	}

	private static byte[] fontBytes(String file) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A font of this document, parsed and embedded (as a subset of the glyphs used) only
	 * when the page first uses it, with glyph substitution off.
	 */
	private static final class LazyFont extends PDFontSupplier {

		private final PDDocument document;

		private final byte[] bytes;

		private PDFont font;

		LazyFont(PDDocument document, byte[] bytes) {
			super(null);
			this.document = document;
			this.bytes = bytes;
		}

		@Override
		public PDFont supply() {
			if (this.font == null) {
				try {
					TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes));
					ttf.setEnableGsub(false);
					this.font = PDType0Font.load(this.document, ttf, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not load the font", ex);
				}
			}
			return this.font;
		}

	}

}
